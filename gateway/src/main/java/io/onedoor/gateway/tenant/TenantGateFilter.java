package io.onedoor.gateway.tenant;

import io.onedoor.gateway.FilterOrder;
import io.onedoor.gateway.problem.ProblemResponses;
import io.onedoor.gateway.request.StepEvent;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.tenancy.TenantDirectoryEntry;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Lets a tenant-scoped request through only for an ACTIVE tenant; every refusal is answered here,
 * so a refused request never reaches a service. Reads what {@link TenantLookupFilter} found, so the
 * directory is read once per request.
 */
@Component
class TenantGateFilter implements GlobalFilter, Ordered {

    private final TenantRoutes routes;
    private final ProblemResponses problems;

    TenantGateFilter(TenantRoutes routes, ProblemResponses problems) {
        this.routes = routes;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return FilterOrder.TENANT_GATE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain given) {
        GatewayFilterChain chain = StepEvent.begin("tenant-gate").until(given);
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null || routes.kindOf(route) != TenantRoutes.Kind.TENANT_SCOPED) {
            return chain.filter(exchange);
        }
        TenantCode tenant = RequestTenant.of(exchange)
                .orElseThrow(() -> new IllegalStateException("the path guard binds the tenant of a tenant route"));
        TenantDirectory.Listing listing = RequestTenant.listing(exchange)
                .orElseThrow(() -> new IllegalStateException("the lookup runs before the gate"));
        return switch (listing) {
            case TenantDirectory.Listing.Unavailable unavailable ->
                problems.send(exchange, TenantProblems.DIRECTORY_UNAVAILABLE, TenantProblems.DIRECTORY_RETRY_AFTER);
            case TenantDirectory.Listing.Unlisted unlisted -> problems.send(exchange, TenantProblems.NOT_FOUND);
            case TenantDirectory.Listing.Listed(TenantDirectoryEntry entry) ->
                switch (entry.status()) {
                    case ACTIVE -> admitted(exchange, chain, tenant);
                    case SUSPENDED -> problems.send(exchange, TenantProblems.SUSPENDED);
                    case ARCHIVED -> problems.send(exchange, TenantProblems.ARCHIVED);
                    case PROVISIONING, FAILED ->
                        problems.send(exchange, TenantProblems.NOT_READY, TenantProblems.NOT_READY_RETRY_AFTER);
                };
        };
    }

    private Mono<Void> admitted(ServerWebExchange exchange, GatewayFilterChain chain, TenantCode tenant) {
        RequestTenant.admit(exchange, tenant);
        ServerWebExchange forwarded = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(RequestTenant.HEADER, tenant.value())))
                .build();
        return chain.filter(forwarded);
    }
}
