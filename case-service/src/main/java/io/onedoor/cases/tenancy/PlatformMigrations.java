package io.onedoor.cases.tenancy;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * case-service's own tables in the shared {@code platform} schema (the deadline engine's timer
 * index), migrated when the service starts, before it serves anything or polls for timers.
 *
 * <p>tenant-service keeps its platform tables in the same schema with a history of its own
 * ({@code tenant_service_schema_history}); this one is {@code case_service_schema_history}, so
 * neither sees the other's migrations. Either service may start first on an empty database: the
 * schema is created if missing, and a schema the other service has already filled is baselined
 * at version 0, below every migration here, so all of them still run.
 *
 * <p>Spring Boot's own Flyway stays off ({@code spring.flyway.enabled=false}): its one
 * configuration could not also serve the tenant schemas, which TenantSchemaMigrator migrates.
 */
@Component
class PlatformMigrations implements InitializingBean {

    static final String SCHEMA = "platform";
    static final String MIGRATIONS = "classpath:db/case-platform";
    static final String HISTORY_TABLE = "case_service_schema_history";

    private static final Logger log = LoggerFactory.getLogger(PlatformMigrations.class);

    private final DataSource dataSource;

    PlatformMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .createSchemas(true)
                .table(HISTORY_TABLE)
                .locations(MIGRATIONS)
                .failOnMissingLocations(true)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        log.info(
                "platform schema: {} case-service migrations applied, now at version {}",
                result.migrationsExecuted,
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion);
    }
}
