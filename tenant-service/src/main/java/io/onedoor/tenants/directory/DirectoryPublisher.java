package io.onedoor.tenants.directory;

import io.onedoor.tenants.registry.TenantChanged;
import io.onedoor.tenants.registry.TenantRepository;
import io.onedoor.tenants.registry.TenantRepository.DirectoryRow;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes a tenant's entry once its change has committed, so the gateway never sees a state the
 * database might still roll back. The entry is read as committed, not taken from the event. A
 * failure here only logs: the change stands, and the reconciler repairs the directory.
 */
@Component
class DirectoryPublisher {

    private static final Logger log = LoggerFactory.getLogger(DirectoryPublisher.class);

    private final TenantRepository tenants;
    private final TenantDirectory directory;
    private final TransactionTemplate read;

    DirectoryPublisher(TenantRepository tenants, TenantDirectory directory, PlatformTransactionManager transactions) {
        this.tenants = tenants;
        this.directory = directory;
        this.read = new TransactionTemplate(transactions);
        // The committing transaction is finished but still bound; read in a transaction of our own.
        this.read.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.read.setReadOnly(true);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TenantChanged change) {
        try {
            Optional<DirectoryRow> row = read.execute(status -> tenants.findDirectoryRow(change.code()));
            if (row != null && row.isPresent()) {
                directory.write(row.get().entry());
            }
        } catch (RuntimeException e) {
            log.warn("could not publish the directory entry of tenant {}; the reconciler will", change.code(), e);
        }
    }
}
