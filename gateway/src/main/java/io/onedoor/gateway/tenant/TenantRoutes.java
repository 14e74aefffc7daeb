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
 * Classifies routes for the gate and for authentication, and checks at startup that the
 * classification is complete and safe: a route serving {@code /api/v1/tenants/...} that nobody
 * classified would bypass the gate, and an API route listed as unauthenticated would bypass
 * authentication; both must fail loudly rather than open silently.
 */
@Component
public class TenantRoutes {

    /** The platform-wide convention: the path segment after this prefix is the tenant code. */
    static final String TENANTS_PREFIX = "/api/v1/tenants/";

    /** Every path under it is an API operation and requires a token. */
    static final String API_PREFIX = "/api/";

    public enum Kind {
        TENANT_SCOPED,
        TENANT_CODE_CHECKED,
        UNCLASSIFIED
    }

    private final Set<String> tenantScoped;
    private final Set<String> tenantCodeChecked;
    private final Set<String> unauthenticated;

    TenantRoutes(TenantRoutesProperties properties, GatewayProperties gateway) {
        this.tenantScoped = Set.copyOf(properties.tenantScoped());
        this.tenantCodeChecked = Set.copyOf(properties.tenantCodeChecked());
        this.unauthenticated = Set.copyOf(properties.unauthenticated());
        List<String> problems = problems(gateway.getRoutes());
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "onedoor.gateway.routes does not fit the configured routes: " + String.join("; ", problems));
        }
    }

    public Kind kindOf(Route route) {
        if (tenantScoped.contains(route.getId())) {
            return Kind.TENANT_SCOPED;
        }
        if (tenantCodeChecked.contains(route.getId())) {
            return Kind.TENANT_CODE_CHECKED;
        }
        return Kind.UNCLASSIFIED;
    }

    /** Whether the route is forwarded without a token (the authorization server's endpoints). */
    public boolean isUnauthenticated(Route route) {
        return unauthenticated.contains(route.getId());
    }

    private List<String> problems(List<RouteDefinition> routes) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RouteDefinition route : routes) {
            ids.add(route.getId());
            boolean classified = tenantScoped.contains(route.getId()) || tenantCodeChecked.contains(route.getId());
            if (!classified && serves(route, TENANTS_PREFIX)) {
                problems.add("route " + route.getId() + " serves " + TENANTS_PREFIX
                        + "... but is in neither tenant-scoped nor tenant-code-checked");
            }
            if (unauthenticated.contains(route.getId()) && (classified || serves(route, API_PREFIX))) {
                problems.add(
                        "route " + route.getId() + " serves " + API_PREFIX + "... and so cannot be unauthenticated");
            }
        }
        for (String id : unauthenticated) {
            if (!ids.contains(id)) {
                problems.add("unauthenticated names no route " + id);
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

    private static boolean serves(RouteDefinition route, String prefix) {
        for (PredicateDefinition predicate : route.getPredicates()) {
            if (predicate.getName().equals("Path")
                    && predicate.getArgs().values().stream().anyMatch(pattern -> mayMatchUnder(pattern, prefix))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a path pattern can match a path under the prefix: it starts with the prefix, or it has
     * a variable or wildcard and the literal part before it could begin the prefix ({@code /**}
     * and {@code /{x}/**} match everything).
     */
    static boolean mayMatchUnder(String pattern, String prefix) {
        int wildcard = pattern.length();
        for (char marker : new char[] {'{', '*', '?'}) {
            int at = pattern.indexOf(marker);
            if (at >= 0) {
                wildcard = Math.min(wildcard, at);
            }
        }
        return pattern.startsWith(prefix)
                || (wildcard < pattern.length() && prefix.startsWith(pattern.substring(0, wildcard)));
    }
}
