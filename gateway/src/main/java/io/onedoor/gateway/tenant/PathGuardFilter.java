package io.onedoor.gateway.tenant;

import io.onedoor.gateway.FilterOrder;
import io.onedoor.gateway.problem.Problem;
import io.onedoor.gateway.problem.ProblemResponses;
import io.onedoor.gateway.request.StepEvent;
import io.onedoor.support.tenancy.TenantCode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Checks the raw path of a routed request before anything else looks at it.
 *
 * <p>The tenant code is taken from the raw, undecoded path segment: route matching sees decoded
 * segments with {@code ;parameters} removed, so {@code xj%2Daltay} or {@code xj-altay;x} would
 * match a route as {@code xj-altay}. Only a segment that is itself a well-formed code is accepted.
 *
 * <p>Then any path a service could resolve differently from the gateway is refused: dot segments,
 * encoded dots, slashes, backslashes or percent signs, path parameters. Otherwise {@code
 * /api/v1/tenants/a/matters/../../../internal/...} would pass the gate as tenant {@code a} and be
 * normalized by the service into a path the gateway never routes.
 */
@Component
class PathGuardFilter implements GlobalFilter, Ordered {

    private static final List<String> AMBIGUOUS = List.of("%2e", "%2f", "%5c", "%25", "%00", ";", "\\");

    private final TenantRoutes routes;
    private final ProblemResponses problems;

    PathGuardFilter(TenantRoutes routes, ProblemResponses problems) {
        this.routes = routes;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return FilterOrder.PATH_GUARD;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain given) {
        GatewayFilterChain chain = StepEvent.begin("path-guard").until(given);
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String rawPath = exchange.getRequest().getURI().getRawPath();
        TenantRoutes.Kind kind = route == null ? TenantRoutes.Kind.UNCLASSIFIED : routes.kindOf(route);
        if (kind != TenantRoutes.Kind.UNCLASSIFIED) {
            String segment = tenantSegment(rawPath);
            if (segment == null) {
                if (kind == TenantRoutes.Kind.TENANT_SCOPED) {
                    // Matched only after decoding, e.g. /api/v1/tenant%73/...
                    return problems.send(exchange, Problem.NOT_FOUND);
                }
            } else {
                Optional<TenantCode> tenant = TenantCode.parse(segment);
                if (tenant.isEmpty()) {
                    return problems.send(exchange, TenantProblems.NOT_FOUND);
                }
                RequestTenant.bind(exchange, tenant.get());
            }
        }
        if (!isUnambiguous(rawPath)) {
            return problems.send(exchange, Problem.NOT_FOUND);
        }
        return chain.filter(exchange);
    }

    /** The raw path segment after {@code /api/v1/tenants/}, or null if the path has none. */
    static @Nullable String tenantSegment(String rawPath) {
        if (!rawPath.startsWith(TenantRoutes.TENANTS_PREFIX)) {
            return null;
        }
        int start = TenantRoutes.TENANTS_PREFIX.length();
        int end = rawPath.indexOf('/', start);
        return rawPath.substring(start, end < 0 ? rawPath.length() : end);
    }

    static boolean isUnambiguous(String rawPath) {
        String path = rawPath.toLowerCase(Locale.ROOT);
        for (String marker : AMBIGUOUS) {
            if (path.contains(marker)) {
                return false;
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
