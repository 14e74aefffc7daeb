package io.onedoor.tenants.provisioning;

import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.tenancy.TenantSchemaMigrator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A tenant's schema and this service's tables in it. */
@Component
public class TenantSchemas {

    /** The name under which this service's schema version is recorded. */
    public static final String SERVICE = "tenant-service";

    private final JdbcTemplate jdbc;
    private final TenantSchemaMigrator migrator;

    TenantSchemas(JdbcTemplate jdbc, TenantSchemaMigrator configMigrator) {
        this.jdbc = jdbc;
        this.migrator = configMigrator;
    }

    /** Creates the schema unless it exists; running it again changes nothing. */
    public void create(TenantCode tenant) {
        jdbc.execute("create schema if not exists " + tenant.quotedSchemaName());
    }

    public boolean exists(TenantCode tenant) {
        return migrator.schemaExists(tenant);
    }

    /** Brings this service's tables in the tenant's schema to the latest version, which it returns. */
    public String migrate(TenantCode tenant) {
        return migrator.migrate(tenant).version();
    }
}
