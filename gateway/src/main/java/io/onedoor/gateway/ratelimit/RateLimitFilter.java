package io.onedoor.gateway.ratelimit;

import io.onedoor.gateway.FilterOrder;
import io.onedoor.gateway.auth.AuthenticatedCaller;
import io.onedoor.gateway.problem.ProblemResponses;
import io.onedoor.gateway.request.RequestEventLoop;
import io.onedoor.gateway.request.StepEvent;
import io.onedoor.gateway.tenant.RequestTenant;
import io.onedoor.support.access.Caller;
import io.onedoor.support.tenancy.TenantCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The last step before forwarding: the client's bucket, then (for a request acting for a tenant)
 * the tenant's. The client's bucket was started by {@link ClientBudgetFilter} beside the directory
 * read; its answer is used here. The client's comes first so that a client over its own limit does not also spend
 * its tenant's budget. A provincial caller's requests act for no tenant and meet the client's
 * limit alone. The response carries the X-RateLimit-* headers of whichever bucket is closer to
 * refusing.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    private final TokenBuckets buckets;
    private final ProblemResponses problems;

    RateLimitFilter(TokenBuckets buckets, ProblemResponses problems) {
        this.buckets = buckets;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return FilterOrder.RATE_LIMIT;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain given) {
        GatewayFilterChain chain = StepEvent.begin("rate-limit").until(upstream(given));
        Optional<Caller> caller = AuthenticatedCaller.of(exchange);
        if (caller.isEmpty()) {
            // The authorization server's own endpoints: no caller is known yet.
            return chain.filter(exchange);
        }
        Mono<TokenBuckets.Taken> started = ClientBudgetFilter.started(exchange)
                .orElseGet(() -> buckets.take(buckets.bucketOf(caller.get()))
                        .map(decision -> new TokenBuckets.Taken(Optional.empty(), List.of(decision)))
                        .publishOn(RequestEventLoop.of(exchange)));
        return started.onErrorResume(error -> Mono.just(failedOpen(caller.get())))
                .flatMap(taken -> {
                    TokenBuckets.Decision client =
                            Objects.requireNonNull(taken.decisions().getFirst());
                    if (!client.allowed()) {
                        return refuse(exchange, client);
                    }
                    return RequestTenant.admitted(exchange)
                            .map(tenant -> tenantDecision(exchange, taken, tenant)
                                    .flatMap(forTenant -> {
                                        if (!forTenant.allowed()) {
                                            return refuse(exchange, forTenant);
                                        }
                                        show(
                                                exchange,
                                                forTenant.requestsLeft() <= client.requestsLeft() ? forTenant : client);
                                        return chain.filter(exchange);
                                    }))
                            .orElseGet(() -> {
                                show(exchange, client);
                                return chain.filter(exchange);
                            });
                });
    }

    /** The tenant's decision, taken with the client's if it was, else now. */
    private Mono<TokenBuckets.Decision> tenantDecision(
            ServerWebExchange exchange, TokenBuckets.Taken taken, TenantCode tenant) {
        if (taken.decisions().size() > 1 && taken.decisions().get(1) != null) {
            return Mono.just(Objects.requireNonNull(taken.decisions().get(1)));
        }
        return buckets.take(buckets.bucketOf(tenant)).publishOn(RequestEventLoop.of(exchange));
    }

    /** Redis failed: the limit is not applied (the directory read beside it fails the request closed). */
    private TokenBuckets.Taken failedOpen(Caller caller) {
        return new TokenBuckets.Taken(
                Optional.empty(), List.of(TokenBuckets.Decision.unknown(buckets.bucketOf(caller))));
    }

    /** The service's part of the exchange: from here until the response is written. */
    private static GatewayFilterChain upstream(GatewayFilterChain chain) {
        return exchange -> {
            StepEvent upstream = StepEvent.begin(StepEvent.UPSTREAM);
            return chain.filter(exchange).doFinally(signal -> upstream.finish());
        };
    }

    private Mono<Void> refuse(ServerWebExchange exchange, TokenBuckets.Decision decision) {
        show(exchange, decision);
        return problems.send(
                exchange,
                decision.bucket().kind() == TokenBuckets.Bucket.Kind.TENANT
                        ? RateLimitProblems.TENANT
                        : RateLimitProblems.CLIENT,
                decision.retryAfterSeconds());
    }

    private static void show(ServerWebExchange exchange, TokenBuckets.Decision decision) {
        decision.headers().forEach(exchange.getResponse().getHeaders()::set);
    }
}
