package io.onedoor.cases.tenancy;

import io.onedoor.support.tenancy.CurrentTenant;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.tenancy.TenantSchemaMigrator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Brings every tenant this service has migrated before to its latest schema when a new version
 * starts. Runners finish before Spring Boot reports the application ready, so a replica takes
 * traffic only after its tenants are current. A tenant whose migration fails is left out (its
 * requests answer 503) instead of keeping every other tenant from being served.
 */
@Component
public class StartupMigrations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupMigrations.class);

    private final TenantSchemaMigrator migrator;
    private final SchemaReadiness readiness;
    private final SchemaMigrationProperties properties;

    StartupMigrations(TenantSchemaMigrator migrator, SchemaReadiness readiness, SchemaMigrationProperties properties) {
        this.migrator = migrator;
        this.readiness = readiness;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<TenantCode> tenants = migrator.migratedTenants();
        long started = System.nanoTime();
        AtomicInteger applied = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        // close() waits for every submitted migration.
        try (ExecutorService pool = Executors.newFixedThreadPool(properties.parallelism())) {
            for (TenantCode tenant : tenants) {
                pool.execute(() -> CurrentTenant.runAs(tenant, () -> {
                    try {
                        applied.addAndGet(migrator.migrate(tenant).migrationsApplied());
                        readiness.markCurrent(tenant);
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                        log.error("tenant schema migration failed; the tenant is not served until it succeeds", e);
                    }
                }));
            }
        }
        log.info(
                "{} tenant schemas checked in {} ms: {} migrations applied, {} tenants failed",
                tenants.size(),
                (System.nanoTime() - started) / 1_000_000,
                applied.get(),
                failed.get());
    }
}
