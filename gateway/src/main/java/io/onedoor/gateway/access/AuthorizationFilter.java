package io.onedoor.gateway.access;

import io.onedoor.gateway.FilterOrder;
import io.onedoor.gateway.auth.AuthenticatedCaller;
import io.onedoor.gateway.problem.Problem;
import io.onedoor.gateway.problem.ProblemResponses;
import io.onedoor.gateway.request.StepEvent;
import io.onedoor.gateway.tenant.RequestTenant;
import io.onedoor.gateway.tenant.TenantProblems;
import io.onedoor.gateway.tenant.TenantRoutes;
import io.onedoor.support.access.AccessFacts;
import io.onedoor.support.access.AccessPolicy;
import io.onedoor.support.access.Caller;
import io.onedoor.support.tenancy.TenantDirectoryEntry;
import java.util.Optional;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Applies the spec's {@code x-onedoor-access} rules to the authenticated caller before anything is
 * forwarded: a path the spec declares no operation for is 404; a caller the operation's rules do
 * not allow is 403; a tenant outside a provincial caller's province is 404 with the very answer an
 * unknown tenant gets. The tenant's province comes from the directory entry the lookup step read.
 *
 * <p>The services apply the same rules again from the token; this step keeps refused requests
 * from ever reaching them.
 */
@Component
class AuthorizationFilter implements GlobalFilter, Ordered {

    static final Problem FORBIDDEN =
            new Problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "The token does not allow this operation.");

    private final AccessPolicy policy;
    private final TenantRoutes routes;
    private final ProblemResponses problems;

    AuthorizationFilter(AccessPolicy policy, TenantRoutes routes, ProblemResponses problems) {
        this.policy = policy;
        this.routes = routes;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return FilterOrder.AUTHORIZATION;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain given) {
        GatewayFilterChain chain = StepEvent.begin("authorization").until(given);
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route != null && routes.isUnauthenticated(route)) {
            return chain.filter(exchange);
        }
        Caller caller = AuthenticatedCaller.of(exchange)
                .orElseThrow(() -> new IllegalStateException("authentication runs before authorization"));
        Optional<AccessPolicy.Match> match = policy.match(
                exchange.getRequest().getMethod().name(),
                exchange.getRequest().getURI().getRawPath());
        if (match.isEmpty() || match.get().operation().isInternal()) {
            return problems.send(exchange, Problem.NOT_FOUND);
        }
        return switch (policy.decide(match.get(), caller, facts(exchange))) {
            case ALLOW -> chain.filter(exchange);
            case FORBIDDEN -> problems.send(exchange, FORBIDDEN);
            case NOT_FOUND -> problems.send(exchange, TenantProblems.NOT_FOUND);
        };
    }

    /** A tenant's province as the directory lists it; nothing for a tenant the path does not name. */
    private static AccessFacts facts(ServerWebExchange exchange) {
        Optional<TenantDirectoryEntry> entry = RequestTenant.entry(exchange);
        return tenant -> entry.filter(listed -> listed.code().equals(tenant))
                .flatMap(listed -> Optional.ofNullable(listed.provinceCode()));
    }
}
