package io.onedoor.support.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;

/**
 * Hands Hibernate connections from the one shared pool, switched to the tenant's schema on
 * checkout and switched back to the idle schema on release. A connection whose reset fails is
 * aborted rather than returned, so the pool never lends out a connection still on a tenant's
 * schema; and every checkout sets its schema anyway. (The pool's own {@code schema} setting is
 * where a new connection starts.)
 */
public class SchemaSwitchingConnectionProvider
        implements MultiTenantConnectionProvider<String>, HibernatePropertiesCustomizer {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(SchemaSwitchingConnectionProvider.class);

    private final transient DataSource dataSource;
    private final String idleSchema;

    public SchemaSwitchingConnectionProvider(DataSource dataSource, String idleSchema) {
        this.dataSource = dataSource;
        this.idleSchema = idleSchema;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        Connection connection = dataSource.getConnection();
        switchSchema(connection, idleSchema);
        return connection;
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            switchSchema(connection, schemaFor(tenantIdentifier));
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        try {
            // A connection that failed mid-transaction may still be in an aborted transaction;
            // setSchema would then fail, so roll back first.
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            switchSchema(connection, idleSchema);
        } catch (SQLException | RuntimeException e) {
            log.warn("could not reset a connection's schema; discarding the connection", e);
            connection.abort(Runnable::run);
        } finally {
            connection.close();
        }
    }

    /**
     * Sets the schema on the driver's own connection, not through the pool's wrapper: HikariCP's
     * wrapper asks the database for the schema after every change (a round trip each time, twice
     * per transaction) to reset it on return, which this provider does itself, on every release,
     * discarding the connection if that fails. Every checkout sets its schema explicitly, so no
     * borrower ever inherits another's.
     */
    private static void switchSchema(Connection connection, String schema) throws SQLException {
        connection.unwrap(Connection.class).setSchema(schema);
    }

    private String schemaFor(String tenantIdentifier) {
        if (TenantIdentifierResolver.NO_TENANT.equals(tenantIdentifier)) {
            return idleSchema;
        }
        return new TenantCode(tenantIdentifier).schemaName();
    }

    /**
     * This provider switches the schema itself, so Hibernate must not switch it again: without
     * this, every session asked PostgreSQL for the current schema and set it once more on checkout
     * and on release, three round trips per transaction for nothing.
     */
    @Override
    public boolean handlesConnectionSchema() {
        return true;
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> unwrapType) {
        return unwrapType.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> unwrapType) {
        if (isUnwrappableAs(unwrapType)) {
            return unwrapType.cast(this);
        }
        throw new IllegalArgumentException("cannot unwrap to " + unwrapType);
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER, this);
    }
}
