package io.onedoor.cases.intake;

import io.onedoor.support.tenancy.CurrentTenant;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.tenancy.TenantSchemaMigrator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Deletes the idempotency records that have expired, tenant by tenant, in small batches, each its
 * own short transaction, so intake never waits long on a row the clean-up holds (and the
 * clean-up skips any row intake holds). Only one replica sweeps at a time: the one holding a
 * PostgreSQL advisory lock; the others skip their turn.
 */
@Component
class IdempotencySweep {

    /** The advisory lock of the sweep, the same number on every replica ("onedoor-idem" in ASCII, cut). */
    static final long LOCK = 0x6f6e65646f6f7269L;

    private static final Logger log = LoggerFactory.getLogger(IdempotencySweep.class);

    private final DataSource dataSource;
    private final TenantSchemaMigrator migrator;
    private final TransactionOperations transactions;
    private final IdempotencyProperties properties;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    IdempotencySweep(
            DataSource dataSource,
            TenantSchemaMigrator migrator,
            TransactionOperations transactions,
            IdempotencyProperties properties,
            Clock clock) {
        this.dataSource = dataSource;
        this.migrator = migrator;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * One clean-up of every tenant; answers how many records it deleted, or -1 when another
     * replica holds the lock and this one did nothing.
     */
    int sweep() {
        Instant expiredBefore = clock.instant().minus(properties.ttl());
        // The lock is the session's: the connection holding it stays out of the pool until the
        // sweep ends, while the batches run on connections of their own.
        try (Connection lockHolder = dataSource.getConnection()) {
            if (!advisoryLock(lockHolder, "select pg_try_advisory_lock(?)")) {
                log.debug("another replica is sweeping idempotency records");
                return -1;
            }
            try {
                int deleted = 0;
                for (TenantCode tenant : migrator.migratedTenants()) {
                    deleted += sweep(tenant, expiredBefore);
                }
                return deleted;
            } finally {
                advisoryLock(lockHolder, "select pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            log.warn("could not sweep idempotency records; the next run tries again", e);
            return 0;
        }
    }

    /** Deletes the tenant's records created before the instant, batch by batch; a failure stops only this tenant. */
    private int sweep(TenantCode tenant, Instant expiredBefore) {
        return CurrentTenant.callAs(tenant, () -> {
            int deleted = 0;
            try {
                int batch;
                do {
                    batch = Objects.requireNonNull(transactions.execute(status -> deleteBatch(expiredBefore)));
                    deleted += batch;
                } while (batch == properties.batchSize());
            } catch (RuntimeException e) {
                log.warn("could not sweep this tenant's idempotency records; the next run tries again", e);
            }
            if (deleted > 0) {
                log.info("deleted {} expired idempotency records", deleted);
            }
            return deleted;
        });
    }

    private int deleteBatch(Instant expiredBefore) {
        // By physical row address: the cheapest way to delete rows just found. SKIP LOCKED passes
        // over a key that intake is claiming again at this very moment.
        return entityManager
                .createNativeQuery("""
                        delete from idempotency_record where ctid = any (array(
                            select ctid from idempotency_record where created_at < ?1
                            limit ?2 for update skip locked))""")
                .setParameter(1, expiredBefore)
                .setParameter(2, properties.batchSize())
                .executeUpdate();
    }

    private static boolean advisoryLock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
