package io.onedoor.gateway.cors;

import io.onedoor.gateway.FilterOrder;
import io.onedoor.gateway.problem.Problem;
import io.onedoor.gateway.problem.ProblemResponses;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Cross-origin requests, for every path: a browser page from an allowed origin (the console) gets
 * the CORS headers it needs, a preflight is answered here and never forwarded, and a request from
 * any other origin is refused with a 403 problem before it reaches anything. Same-origin requests
 * and clients that are not browsers (no {@code Origin}) pass untouched. Bearer tokens, not
 * cookies, carry the caller, so credentials are not allowed cross-origin.
 */
@Component
class CrossOriginFilter implements WebFilter, Ordered {

    static final Problem ORIGIN_REFUSED = new Problem(
            HttpStatus.FORBIDDEN,
            "origin-not-allowed",
            "Origin not allowed",
            "Requests from this web origin are not accepted; only the platform's console may call the API from a"
                    + " browser.");

    private final CorsConfiguration configuration;
    private final DefaultCorsProcessor processor = new DefaultCorsProcessor();
    private final ProblemResponses problems;

    CrossOriginFilter(CorsProperties properties, ProblemResponses problems) {
        this.problems = problems;
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of(
                HttpHeaders.AUTHORIZATION,
                HttpHeaders.CONTENT_TYPE,
                HttpHeaders.ACCEPT,
                HttpHeaders.ACCEPT_LANGUAGE,
                HttpHeaders.IF_MATCH,
                HttpHeaders.IF_NONE_MATCH,
                "Idempotency-Key"));
        cors.setExposedHeaders(List.of(
                "X-Request-Id",
                HttpHeaders.ETAG,
                HttpHeaders.LOCATION,
                HttpHeaders.RETRY_AFTER,
                "X-RateLimit-Remaining",
                "X-RateLimit-Replenish-Rate",
                "X-RateLimit-Burst-Capacity",
                "X-RateLimit-Requested-Tokens"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(properties.maxAge());
        this.configuration = cors;
    }

    @Override
    public int getOrder() {
        return FilterOrder.CROSS_ORIGIN;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!CorsUtils.isCorsRequest(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        String origin = exchange.getRequest().getHeaders().getOrigin();
        if (configuration.checkOrigin(origin) == null) {
            return problems.send(exchange, ORIGIN_REFUSED);
        }
        boolean valid = processor.process(configuration, exchange);
        if (!valid) {
            // An allowed origin asking for a method or header the API does not take.
            return problems.send(exchange, ORIGIN_REFUSED);
        }
        if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            exchange.getResponse().setStatusCode(HttpStatus.NO_CONTENT);
            return exchange.getResponse().setComplete();
        }
        return chain.filter(exchange);
    }
}
