package io.onedoor.gateway.tenant;

import io.onedoor.gateway.FilterOrder;
import io.onedoor.gateway.problem.ProblemResponses;
import io.onedoor.gateway.ratelimit.TenantRateLimiter;
import io.onedoor.gateway.request.LogContext;
import io.onedoor.gateway.request.RequestId;
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
 * Lets a tenant-scoped request through only for an ACTIVE tenant within its rate limit; every
 * refusal is answered here, so a refused request never reaches a service. Fails closed: if the
 * directory cannot be read, nothing is forwarded.
 */
@Component
class TenantGateFilter implements GlobalFilter, Ordered {

    private final TenantRoutes routes;
    private final TenantDirectory directory;
    private final TenantRateLimiter rateLimiter;
    private final ProblemResponses problems;

    TenantGateFilter(
            TenantRoutes routes, TenantDirectory directory, TenantRateLimiter rateLimiter, ProblemResponses problems) {
        this.routes = routes;
        this.directory = directory;
        this.rateLimiter = rateLimiter;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return FilterOrder.TENANT_GATE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null || routes.kindOf(route) != TenantRoutes.Kind.TENANT_SCOPED) {
            return chain.filter(exchange);
        }
        TenantCode tenant = RequestTenant.of(exchange)
                .orElseThrow(() -> new IllegalStateException("the path guard binds the tenant of a tenant route"));
        return directory
                .lookUp(tenant, RequestId.of(exchange))
                .flatMap(listing -> switch (listing) {
                    case TenantDirectory.Listing.Unavailable unavailable ->
                        problems.send(
                                exchange, TenantProblems.DIRECTORY_UNAVAILABLE, TenantProblems.DIRECTORY_RETRY_AFTER);
                    case TenantDirectory.Listing.Unlisted unlisted -> problems.send(exchange, TenantProblems.NOT_FOUND);
                    case TenantDirectory.Listing.Listed(TenantDirectoryEntry entry) ->
                        switch (entry.status()) {
                            case ACTIVE -> withinRateLimit(exchange, chain, tenant);
                            case SUSPENDED -> problems.send(exchange, TenantProblems.SUSPENDED);
                            case ARCHIVED -> problems.send(exchange, TenantProblems.ARCHIVED);
                            case PROVISIONING, FAILED ->
                                problems.send(exchange, TenantProblems.NOT_READY, TenantProblems.NOT_READY_RETRY_AFTER);
                        };
                })
                .contextWrite(context -> context.put(LogContext.TENANT, tenant.value()));
    }

    private Mono<Void> withinRateLimit(ServerWebExchange exchange, GatewayFilterChain chain, TenantCode tenant) {
        return rateLimiter.take(tenant).flatMap(decision -> {
            decision.headers().forEach(exchange.getResponse().getHeaders()::set);
            if (!decision.allowed()) {
                return problems.send(exchange, TenantProblems.RATE_LIMITED, decision.retryAfterSeconds());
            }
            ServerWebExchange forwarded = exchange.mutate()
                    .request(request -> request.headers(headers -> headers.set(RequestTenant.HEADER, tenant.value())))
                    .build();
            return chain.filter(forwarded);
        });
    }
}
