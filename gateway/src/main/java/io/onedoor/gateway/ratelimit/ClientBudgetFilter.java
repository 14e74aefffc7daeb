package io.onedoor.gateway.ratelimit;

import io.onedoor.gateway.FilterOrder;
import io.onedoor.gateway.auth.AuthenticatedCaller;
import io.onedoor.gateway.request.RedisReadAhead;
import io.onedoor.gateway.request.RequestEventLoop;
import io.onedoor.gateway.tenant.RequestTenant;
import io.onedoor.gateway.tenant.TenantRoutes;
import io.onedoor.support.access.Caller;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.tenancy.TenantDirectoryEntry;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Starts taking the authenticated caller's tokens without waiting for the answer, so that Redis
 * is asked once for what the request needs. For a caller acting for its own tenant (staff, an
 * integrator: nearly every request) one script call takes the client's tokens, then the
 * tenant's, and reads the tenant's directory entry for the lookup step ({@link RedisReadAhead}).
 * Any other caller's client tokens are taken beside the lookup's own read, and the tenant's, if
 * the request acts for one, after the gate. {@link RateLimitFilter} uses the answers after the
 * access rules and the gate, so a refused request is still answered by those first.
 */
@Component
class ClientBudgetFilter implements GlobalFilter, Ordered {

    private static final String ATTRIBUTE = ClientBudgetFilter.class.getName();

    private final TokenBuckets buckets;
    private final TenantRoutes routes;

    ClientBudgetFilter(TokenBuckets buckets, TenantRoutes routes) {
        this.buckets = buckets;
        this.routes = routes;
    }

    @Override
    public int getOrder() {
        return FilterOrder.CLIENT_BUDGET;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Optional<Caller> caller = AuthenticatedCaller.of(exchange);
        if (caller.isEmpty()) {
            return chain.filter(exchange);
        }
        TokenBuckets.Bucket client = buckets.bucketOf(caller.get());
        Optional<TenantCode> ownTenant = RequestTenant.of(exchange)
                .filter(tenant -> tenant.value().equals(caller.get().tenant()));
        CompletableFuture<TokenBuckets.Taken> taken;
        if (ownTenant.isPresent()) {
            Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
            boolean actsForTenant = route != null && routes.kindOf(route) == TenantRoutes.Kind.TENANT_SCOPED;
            List<TokenBuckets.Bucket> both =
                    actsForTenant ? List.of(client, buckets.bucketOf(ownTenant.get())) : List.of(client);
            String entryKey = TenantDirectoryEntry.key(ownTenant.get());
            taken = buckets.take(entryKey, both)
                    .publishOn(RequestEventLoop.of(exchange))
                    .toFuture();
            RedisReadAhead.offer(exchange, entryKey, taken.thenApply(TokenBuckets.Taken::value));
        } else {
            taken = buckets.take(client)
                    .map(decision -> new TokenBuckets.Taken(Optional.empty(), List.of(decision)))
                    .publishOn(RequestEventLoop.of(exchange))
                    .toFuture();
        }
        exchange.getAttributes().put(ATTRIBUTE, taken);
        return chain.filter(exchange);
    }

    /**
     * The answers for this request, if they were started: the client's decision first, then the
     * tenant's if it was taken too (null if the client's refused).
     */
    static Optional<Mono<TokenBuckets.Taken>> started(ServerWebExchange exchange) {
        CompletableFuture<TokenBuckets.Taken> started = exchange.getAttribute(ATTRIBUTE);
        return Optional.ofNullable(started).map(future -> Mono.fromFuture(future, true));
    }
}
