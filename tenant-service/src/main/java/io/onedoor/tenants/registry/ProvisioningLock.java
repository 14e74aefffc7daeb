package io.onedoor.tenants.registry;

import com.zaxxer.hikari.HikariDataSource;
import io.onedoor.support.tenancy.TenantCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Makes sure only one onboarding run works on a tenant at a time, across all replicas: a
 * PostgreSQL session-level advisory lock held on a connection of its own for the whole run. If
 * the process dies, PostgreSQL ends the session and the lock goes with it, so a crash never
 * leaves a tenant locked.
 */
@Component
class ProvisioningLock {

    private static final Logger log = LoggerFactory.getLogger(ProvisioningLock.class);

    /**
     * The first key of the two-key form; it keeps these locks apart from any other use of
     * advisory locks (Flyway's use the one-key form, which never collides with the two-key one).
     */
    private static final int NAMESPACE = 0x4f445450;

    private static final Duration POLL = Duration.ofMillis(100);

    private final DataSource dataSource;
    private final Duration wait;

    ProvisioningLock(DataSource dataSource, ProvisioningProperties properties) {
        this.dataSource = dataSource;
        this.wait = properties.lockWait();
    }

    /** The lock, once it could be taken within the configured wait; empty if another run holds it. */
    Optional<Held> tryAcquire(TenantCode tenant) {
        // String.hashCode is specified by the language, so every replica computes the same key; two
        // codes sharing a hash merely wait for each other.
        int key = tenant.value().hashCode();
        long deadline = System.nanoTime() + wait.toNanos();
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            while (!call(connection, "select pg_try_advisory_lock(?, ?)", key)) {
                if (System.nanoTime() > deadline) {
                    connection.close();
                    return Optional.empty();
                }
                Thread.sleep(POLL);
            }
            return Optional.of(new Held(dataSource, connection, key));
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new DataAccessResourceFailureException("could not take the provisioning lock", e);
        } catch (InterruptedException e) {
            closeQuietly(connection);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the provisioning lock", e);
        }
    }

    private static boolean call(Connection connection, String sql, int key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, NAMESPACE);
            statement.setInt(2, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("could not close a lock connection", e);
            }
        }
    }

    /** A held lock; closing it releases the lock and the connection. */
    static final class Held implements AutoCloseable {

        private final DataSource dataSource;
        private final Connection connection;
        private final int key;

        private Held(DataSource dataSource, Connection connection, int key) {
            this.dataSource = dataSource;
            this.connection = connection;
            this.key = key;
        }

        @Override
        public void close() {
            try {
                call(connection, "select pg_advisory_unlock(?, ?)", key);
                connection.close();
            } catch (SQLException | RuntimeException e) {
                // A pooled connection must never go back still holding the lock: end its session.
                log.warn("could not release a provisioning lock; discarding its connection", e);
                try {
                    if (dataSource.isWrapperFor(HikariDataSource.class)) {
                        dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
                    } else {
                        connection.abort(Runnable::run);
                        connection.close();
                    }
                } catch (SQLException ignored) {
                    // The session is gone either way, and the lock with it.
                }
            }
        }
    }
}
