package io.onedoor.cases.provisioning;

import io.onedoor.cases.tenancy.SchemaReadiness;
import io.onedoor.support.tenancy.CurrentTenant;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.tenancy.TenantSchemaMigrator;
import io.onedoor.support.tenancy.TenantSchemaMigrator.MissingTenantSchemaException;
import io.onedoor.support.tenancy.TenantSchemaMigrator.Outcome;
import io.onedoor.support.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Sets case-service up inside a tenant's schema, which tenant-service has created: migrates its
 * tables and records the tenant's division code. Safe to repeat, and to retry after a failure.
 */
@Service
class Provisioning {

    private static final Logger log = LoggerFactory.getLogger(Provisioning.class);

    private final TenantSchemaMigrator migrator;
    private final TenantProfiles profiles;
    private final SchemaReadiness readiness;

    Provisioning(TenantSchemaMigrator migrator, TenantProfiles profiles, SchemaReadiness readiness) {
        this.migrator = migrator;
        this.profiles = profiles;
        this.readiness = readiness;
    }

    Outcome provision(TenantCode tenant, String divisionCode) {
        try (CurrentTenant.Scope ignored = CurrentTenant.enter(tenant)) {
            Outcome outcome;
            try {
                outcome = migrator.migrate(tenant);
            } catch (MissingTenantSchemaException e) {
                throw ProblemException.of(
                        HttpStatus.NOT_FOUND,
                        "tenant-schema-missing",
                        "Tenant schema missing",
                        "The tenant's schema has not been created; tenant-service creates it first.");
            }
            profiles.record(divisionCode);
            readiness.markCurrent(tenant);
            log.info(
                    "tenant schema at version {}: {} migrations applied in {} ms",
                    outcome.version(),
                    outcome.migrationsApplied(),
                    outcome.duration().toMillis());
            return outcome;
        }
    }
}
