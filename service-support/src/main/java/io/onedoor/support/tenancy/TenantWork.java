package io.onedoor.support.tenancy;

import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work done for one tenant outside a request (firing timers, sending reminders, relaying events):
 * the tenant is bound ({@link CurrentTenant}, so it is in every log line) for the length of the
 * work, and the work runs in one transaction begun after the binding, so every Hibernate session
 * and every connection it takes is on the tenant's schema. Whatever the work writes commits whole
 * or not at all.
 *
 * <p>It refuses to start work for a tenant while another is bound on the thread, and to join a
 * transaction begun before any tenant was bound (its session sits on the empty idle schema): no
 * job can act for one tenant with another's schema, or with none. Work for the tenant already
 * bound joins the transaction in progress, as a nested call would.
 *
 * <p>Nothing is left on the thread afterwards, whether the work returns or throws: the binding
 * and the log context are restored, and the connection goes back to the pool reset to the idle
 * schema ({@link SchemaSwitchingConnectionProvider}).
 */
public class TenantWork {

    private final TransactionTemplate transactions;

    public TenantWork(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public void run(TenantCode tenant, Runnable work) {
        call(tenant, () -> {
            work.run();
            return Boolean.TRUE;
        });
    }

    /** The work's answer, computed for the tenant in one transaction. */
    public <T> T call(TenantCode tenant, Supplier<T> work) {
        var bound = CurrentTenant.get();
        if (bound.isPresent() && !bound.get().equals(tenant)) {
            // Neither code is named: the message may reach a log read for either tenant.
            throw new CrossTenantWorkException("work for a tenant refused: another tenant is bound to this thread");
        }
        if (bound.isEmpty() && TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new CrossTenantWorkException(
                    "work for a tenant refused: a transaction begun outside any tenant is in progress");
        }
        try (CurrentTenant.Scope ignored = CurrentTenant.enter(tenant)) {
            return Objects.requireNonNull(transactions.execute(status -> work.get()), "tenant work answered null");
        }
    }

    /** Work for one tenant asked for where another tenant's (or no tenant's) transaction is open. */
    public static final class CrossTenantWorkException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        CrossTenantWorkException(String message) {
            super(message);
        }
    }
}
