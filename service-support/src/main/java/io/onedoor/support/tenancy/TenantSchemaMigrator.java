package io.onedoor.support.tenancy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migrates one service's tables inside tenant schemas with Flyway. Each service keeps its own
 * migrations folder and its own history table, so two services can share a tenant schema without
 * seeing each other's history. Flyway's lock on the history table makes concurrent calls for the
 * same tenant safe, and a migration already applied is never applied again, so calls are
 * idempotent and a failed migration can simply be retried.
 */
public class TenantSchemaMigrator {

    private final DataSource dataSource;
    private final String location;
    private final String historyTable;
    private final JdbcTemplate jdbc;

    public TenantSchemaMigrator(DataSource dataSource, String location, String historyTable) {
        this.dataSource = dataSource;
        this.location = location;
        this.historyTable = historyTable;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Brings the tenant's schema to this service's latest version; the schema must exist. */
    public Outcome migrate(TenantCode tenant) {
        if (!schemaExists(tenant)) {
            throw new MissingTenantSchemaException(tenant);
        }
        long started = System.nanoTime();
        MigrateResult result = flyway(tenant).migrate();
        String version = currentVersion(tenant);
        return new Outcome(tenant, version, result.migrationsExecuted, Duration.ofNanos(System.nanoTime() - started));
    }

    /** True when the schema exists and no migration of this service is pending in it. */
    public boolean isCurrent(TenantCode tenant) {
        if (!schemaExists(tenant)) {
            return false;
        }
        var info = flyway(tenant).info();
        return info.current() != null && info.pending().length == 0;
    }

    /** The version this service last applied in the tenant's schema, or "0" before the first. */
    public String currentVersion(TenantCode tenant) {
        MigrationInfo current = flyway(tenant).info().current();
        return current == null || current.getVersion() == null
                ? "0"
                : current.getVersion().getVersion();
    }

    /** The tenants whose schema holds this service's history table, i.e. that it has migrated before. */
    public List<TenantCode> migratedTenants() {
        List<String> schemas = jdbc.queryForList(
                "select table_schema from information_schema.tables where table_name = ? and table_schema like 't\\_%'",
                String.class, historyTable);
        List<TenantCode> tenants = new ArrayList<>();
        for (String schema : schemas) {
            TenantCode.fromSchemaName(schema).ifPresent(tenants::add);
        }
        tenants.sort(null);
        return tenants;
    }

    public boolean schemaExists(TenantCode tenant) {
        Boolean exists = jdbc.queryForObject(
                "select exists (select 1 from pg_namespace where nspname = ?)", Boolean.class, tenant.schemaName());
        return Boolean.TRUE.equals(exists);
    }

    private Flyway flyway(TenantCode tenant) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(tenant.schemaName())
                .defaultSchema(tenant.schemaName())
                .createSchemas(false)
                .table(historyTable)
                .locations(location)
                .failOnMissingLocations(true)
                // Another service may have created its tables in the schema first.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    /** What one migration did. */
    public record Outcome(TenantCode tenant, String version, int migrationsApplied, Duration duration) {}

    /** The tenant's schema has not been created; its tenant is not (yet) provisioned. */
    public static final class MissingTenantSchemaException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        MissingTenantSchemaException(TenantCode tenant) {
            super("schema of tenant " + tenant + " does not exist");
        }
    }
}
