package io.onedoor.gateway.tenant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.handler.predicate.PredicateDefinition;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.stereotype.Component;

/**
 * Classifies routes for the gate, and checks at startup that the classification is complete: a
 * route serving {@code /api/v1/tenants/...} that nobody classified would bypass the gate, which
 * must fail loudly rather than open silently.
 */
@Component
class TenantRoutes {

    /** The platform-wide convention: the path segment after this prefix is the tenant code. */
    static final String TENANTS_PREFIX = "/api/v1/tenants/";

    enum Kind {
        TENANT_SCOPED,
        TENANT_CODE_CHECKED,
        UNCLASSIFIED
    }

    private final Set<String> tenantScoped;
    private final Set<String> tenantCodeChecked;

    TenantRoutes(TenantRoutesProperties properties, GatewayProperties gateway) {
        this.tenantScoped = Set.copyOf(properties.tenantScoped());
        this.tenantCodeChecked = Set.copyOf(properties.tenantCodeChecked());
        List<String> problems = problems(gateway.getRoutes());
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "onedoor.gateway.routes does not fit the configured routes: " + String.join("; ", problems));
        }
    }

    Kind kindOf(Route route) {
        if (tenantScoped.contains(route.getId())) {
            return Kind.TENANT_SCOPED;
        }
        if (tenantCodeChecked.contains(route.getId())) {
            return Kind.TENANT_CODE_CHECKED;
        }
        return Kind.UNCLASSIFIED;
    }

    private List<String> problems(List<RouteDefinition> routes) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RouteDefinition route : routes) {
            ids.add(route.getId());
            boolean classified = tenantScoped.contains(route.getId()) || tenantCodeChecked.contains(route.getId());
            if (!classified && servesTenantPaths(route)) {
                problems.add("route " + route.getId() + " serves " + TENANTS_PREFIX
                        + "... but is in neither tenant-scoped nor tenant-code-checked");
            }
        }
        for (String id : tenantScoped) {
            if (!ids.contains(id)) {
                problems.add("tenant-scoped names no route " + id);
            }
            if (tenantCodeChecked.contains(id)) {
                problems.add("route " + id + " is in both lists");
            }
        }
        for (String id : tenantCodeChecked) {
            if (!ids.contains(id)) {
                problems.add("tenant-code-checked names no route " + id);
            }
        }
        return problems;
    }

    private static boolean servesTenantPaths(RouteDefinition route) {
        for (PredicateDefinition predicate : route.getPredicates()) {
            if (predicate.getName().equals("Path")
                    && predicate.getArgs().values().stream().anyMatch(path -> path.startsWith(TENANTS_PREFIX))) {
                return true;
            }
        }
        return false;
    }
}
