package io.onedoor.gateway.auth;

import io.onedoor.gateway.FilterOrder;
import io.onedoor.gateway.problem.Problem;
import io.onedoor.gateway.problem.ProblemResponses;
import io.onedoor.gateway.request.StepEvent;
import io.onedoor.gateway.tenant.TenantRoutes;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Authenticates the caller of every route except the authorization server's own (which
 * authenticates its users and clients itself): a bearer token that verifies, or 401.
 *
 * <p>Where it sits ({@link FilterOrder#AUTHENTICATION}): after the path guard, which refuses
 * ambiguous paths and malformed tenant codes without I/O; before the directory lookup, so an
 * unauthenticated caller neither learns which tenants exist or are suspended, nor spends a
 * tenant's rate-limit tokens, nor makes the gateway ask tenant-service about random codes.
 *
 * <p>The verified caller is kept on the exchange ({@link AuthenticatedCaller}) for authorization
 * and the per-client rate limit. The Authorization header itself is forwarded unchanged: each
 * service verifies the token again, and no identity travels in any other header; cookies are not
 * forwarded at all.
 */
@Component
class AuthenticationFilter implements GlobalFilter, Ordered {

    private final TenantRoutes routes;
    private final TokenVerifier verifier;
    private final ProblemResponses problems;

    AuthenticationFilter(TenantRoutes routes, TokenVerifier verifier, ProblemResponses problems) {
        this.routes = routes;
        this.verifier = verifier;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return FilterOrder.AUTHENTICATION;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain given) {
        GatewayFilterChain chain = StepEvent.begin("authentication").until(given);
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route != null && routes.isUnauthenticated(route)) {
            return chain.filter(exchange);
        }
        return switch (BearerToken.from(exchange.getRequest().getHeaders())) {
            case BearerToken.Missing missing ->
                refuse(exchange, AuthenticationProblems.UNAUTHENTICATED, AuthenticationProblems.CHALLENGE);
            case BearerToken.Unusable unusable -> invalidToken(exchange);
            case BearerToken.Offered(String token) ->
                verifier.verify(token).flatMap(outcome -> switch (outcome) {
                    case TokenVerifier.Outcome.Verified(var caller) -> {
                        AuthenticatedCaller.bind(exchange, caller);
                        yield chain.filter(withoutCookies(exchange));
                    }
                    case TokenVerifier.Outcome.Rejected rejected -> invalidToken(exchange);
                    case TokenVerifier.Outcome.Unverifiable unverifiable ->
                        problems.send(
                                exchange,
                                AuthenticationProblems.UNAVAILABLE,
                                AuthenticationProblems.UNAVAILABLE_RETRY_AFTER);
                });
        };
    }

    /**
     * A route that takes bearer tokens gets no cookies: the console shares the authorization
     * server's origin, and its login session cookie would otherwise ride along on every API call
     * (tenant-service answered 500 when that session ended while a call was in flight).
     */
    private static ServerWebExchange withoutCookies(ServerWebExchange exchange) {
        if (!exchange.getRequest().getHeaders().containsHeader(HttpHeaders.COOKIE)) {
            return exchange;
        }
        return exchange.mutate()
                .request(request -> request.headers(headers -> headers.remove(HttpHeaders.COOKIE)))
                .build();
    }

    private Mono<Void> invalidToken(ServerWebExchange exchange) {
        return refuse(exchange, AuthenticationProblems.INVALID_TOKEN, AuthenticationProblems.INVALID_TOKEN_CHALLENGE);
    }

    private Mono<Void> refuse(ServerWebExchange exchange, Problem problem, String challenge) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return problems.send(exchange, problem);
    }
}
