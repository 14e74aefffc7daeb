package io.onedoor.gateway.ratelimit;

import io.onedoor.gateway.FilterOrder;
import io.onedoor.gateway.auth.AuthenticatedCaller;
import io.onedoor.gateway.problem.ProblemResponses;
import io.onedoor.gateway.tenant.RequestTenant;
import io.onedoor.support.access.Caller;
import java.util.Optional;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The last step before forwarding: the client's bucket, then (for a request acting for a tenant)
 * the tenant's. The client's comes first so that a client over its own limit does not also spend
 * its tenant's budget. A provincial caller's requests act for no tenant and meet the client's
 * limit alone. The response carries the X-RateLimit-* headers of whichever bucket is closer to
 * refusing.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    private final RequestRateLimiter limiter;
    private final ProblemResponses problems;

    RateLimitFilter(RequestRateLimiter limiter, ProblemResponses problems) {
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return FilterOrder.RATE_LIMIT;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Optional<Caller> caller = AuthenticatedCaller.of(exchange);
        if (caller.isEmpty()) {
            // The authorization server's own endpoints: no caller is known yet.
            return chain.filter(exchange);
        }
        return limiter.take(limiter.bucketOf(caller.get())).flatMap(client -> {
            if (!client.allowed()) {
                return refuse(exchange, client);
            }
            return RequestTenant.admitted(exchange)
                    .map(tenant -> limiter.take(limiter.bucketOf(tenant)).flatMap(forTenant -> {
                        if (!forTenant.allowed()) {
                            return refuse(exchange, forTenant);
                        }
                        show(exchange, forTenant.requestsLeft() <= client.requestsLeft() ? forTenant : client);
                        return chain.filter(exchange);
                    }))
                    .orElseGet(() -> {
                        show(exchange, client);
                        return chain.filter(exchange);
                    });
        });
    }

    private Mono<Void> refuse(ServerWebExchange exchange, RequestRateLimiter.Decision decision) {
        show(exchange, decision);
        return problems.send(
                exchange,
                decision.bucket().kind() == RequestRateLimiter.Bucket.Kind.TENANT
                        ? RateLimitProblems.TENANT
                        : RateLimitProblems.CLIENT,
                decision.retryAfterSeconds());
    }

    private static void show(ServerWebExchange exchange, RequestRateLimiter.Decision decision) {
        decision.headers().forEach(exchange.getResponse().getHeaders()::set);
    }
}
