package io.onedoor.tenants.directory;

import io.onedoor.tenants.registry.TenantRepository;
import io.onedoor.tenants.registry.TenantRepository.DirectoryRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-writes every tenant's entry at startup and then periodically, so a write lost to a Redis
 * outage, a flushed Redis or a new Redis is repaired within one interval. Each replica does it;
 * the writes are idempotent and never replace a newer entry.
 */
@Component
class DirectoryReconciler {

    private static final Logger log = LoggerFactory.getLogger(DirectoryReconciler.class);

    private final TenantRepository tenants;
    private final TenantDirectory directory;

    DirectoryReconciler(TenantRepository tenants, TenantDirectory directory) {
        this.tenants = tenants;
        this.directory = directory;
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${onedoor.directory.refresh-interval:30s}")
    void reconcile() {
        try {
            var entries = tenants.findAllDirectoryRows().stream()
                    .map(DirectoryRow::entry)
                    .toList();
            directory.writeAll(entries);
            log.debug("re-wrote {} directory entries", entries.size());
        } catch (RuntimeException e) {
            log.warn("could not reconcile the tenant directory; retrying at the next interval", e);
        }
    }
}
