package io.onedoor.gateway.ratelimit;

import io.onedoor.gateway.FilterOrder;
import io.onedoor.gateway.auth.AuthenticatedCaller;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Starts taking the authenticated caller's tokens from its client bucket without waiting for the
 * answer, so that the Redis call travels together with the tenant directory read that follows
 * (one round trip instead of two). {@link RateLimitFilter} uses the answer later, after the
 * access rules and the tenant gate, so a refused request is still answered by those first.
 */
@Component
class ClientBudgetFilter implements GlobalFilter, Ordered {

    private static final String ATTRIBUTE = ClientBudgetFilter.class.getName();

    private final TokenBuckets buckets;

    ClientBudgetFilter(TokenBuckets buckets) {
        this.buckets = buckets;
    }

    @Override
    public int getOrder() {
        return FilterOrder.CLIENT_BUDGET;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        AuthenticatedCaller.of(exchange).ifPresent(caller -> exchange.getAttributes()
                .put(ATTRIBUTE, buckets.take(buckets.bucketOf(caller)).toFuture()));
        return chain.filter(exchange);
    }

    /** The client bucket's answer for this request, if it was started. */
    @SuppressWarnings("unchecked")
    static Optional<Mono<TokenBuckets.Decision>> started(ServerWebExchange exchange) {
        CompletableFuture<TokenBuckets.Decision> started = exchange.getAttribute(ATTRIBUTE);
        return Optional.ofNullable(started).map(Mono::fromFuture);
    }
}
