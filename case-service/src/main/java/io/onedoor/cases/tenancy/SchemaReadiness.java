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
        switch (check(tenant)) {
            case READY -> {}
            case UNKNOWN ->
                throw ProblemException.of(
                        HttpStatus.NOT_FOUND, "tenant-not-found", "Unknown tenant", "No such tenant.");
            case BEHIND ->
                throw ProblemException.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "tenant-schema-behind",
                        "Tenant is being upgraded",
                        "The tenant's data is not at this service's version yet; retry later.");
        }
    }

    /**
     * Whether this replica may work for the tenant now, for a request or a job alike: free once
     * the tenant is known current, a look at the schema (and its migrations) until then.
     */
    public Readiness check(TenantCode tenant) {
        if (current.contains(tenant)) {
            return Readiness.READY;
        }
        if (!migrator.schemaExists(tenant)) {
            return Readiness.UNKNOWN;
        }
        if (!migrator.isCurrent(tenant)) {
            return Readiness.BEHIND;
        }
        current.add(tenant);
        return Readiness.READY;
    }

    /** Records that this replica has just brought the tenant's schema to its latest version. */
    public void markCurrent(TenantCode tenant) {
        current.add(tenant);
    }

    /** Whether a tenant can be worked for. */
    public enum Readiness {
        /** Its schema holds this service's latest tables. */
        READY,
        /** Its schema has not been brought to this service's version yet. */
        BEHIND,
        /** It has no schema: never provisioned, or deleted. */
        UNKNOWN
    }
}
