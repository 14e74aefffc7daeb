package io.onedoor.tenants.ratelimit;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts tenants' limits into Redis: one tenant's as soon as its change has committed (read as
 * committed, so the gateway never applies a limit the database rolled back), and every tenant's at
 * startup and then every {@code onedoor.rate-limits.refresh-interval}, which heals a write lost
 * while Redis was unreachable, flushed or replaced. A failure only logs: the change stands, and
 * the next round writes it.
 */
@Component
class RateLimitPublisher {

    private static final Logger log = LoggerFactory.getLogger(RateLimitPublisher.class);

    private final TenantRateLimits limits;
    private final RateLimitStore store;
    private final TransactionTemplate read;

    RateLimitPublisher(TenantRateLimits limits, RateLimitStore store, PlatformTransactionManager transactions) {
        this.limits = limits;
        this.store = store;
        this.read = new TransactionTemplate(transactions);
        // The committing transaction is finished but still bound; read in a transaction of our own.
        this.read.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.read.setReadOnly(true);
    }

    @TransactionalEventListener
    void on(TenantRateLimits.Changed change) {
        try {
            TenantRateLimit committed = read.execute(status -> limits.of(change.tenant()));
            if (committed != null && committed.everSet()) {
                store.write(committed);
            }
        } catch (RuntimeException e) {
            log.warn("could not write the rate limit of tenant {} to Redis; the next round will", change.tenant(), e);
        }
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${onedoor.rate-limits.refresh-interval:30s}")
    void reconcile() {
        try {
            List<TenantRateLimit> all = limits.all();
            store.writeAll(all);
            log.debug("re-wrote {} tenant rate limits", all.size());
        } catch (RuntimeException e) {
            log.warn("could not re-write the tenants' rate limits; retrying at the next interval", e);
        }
    }
}
