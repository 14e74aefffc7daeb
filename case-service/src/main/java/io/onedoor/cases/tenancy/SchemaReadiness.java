package io.onedoor.cases.tenancy;

import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.tenancy.TenantSchemaMigrator;
import io.onedoor.support.web.ProblemException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Which tenants this replica may serve: those whose schema holds case-service's latest tables.
 * A tenant becomes known as current when this replica migrates it, or on its first request when
 * another replica did; only that positive answer is kept, so a tenant that is behind is checked
 * again on every request until someone migrates it.
 */
@Component
public class SchemaReadiness {

    private final TenantSchemaMigrator migrator;
    private final Set<TenantCode> current = ConcurrentHashMap.newKeySet();

    SchemaReadiness(TenantSchemaMigrator migrator) {
        this.migrator = migrator;
    }

    /** Lets the request through, or refuses it as a problem: unknown tenant 404, stale schema 503. */
    public void admit(TenantCode tenant) {
        if (current.contains(tenant)) {
            return;
        }
        if (!migrator.schemaExists(tenant)) {
            throw ProblemException.of(HttpStatus.NOT_FOUND, "tenant-not-found", "Unknown tenant", "No such tenant.");
        }
        if (!migrator.isCurrent(tenant)) {
            throw ProblemException.of(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "tenant-schema-behind",
                    "Tenant is being upgraded",
                    "The tenant's data is not at this service's version yet; retry later.");
        }
        current.add(tenant);
    }

    /** Records that this replica has just brought the tenant's schema to its latest version. */
    public void markCurrent(TenantCode tenant) {
        current.add(tenant);
    }
}
