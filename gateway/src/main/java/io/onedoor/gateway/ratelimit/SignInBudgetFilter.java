package io.onedoor.gateway.ratelimit;

import io.onedoor.gateway.FilterOrder;
import io.onedoor.gateway.problem.ProblemResponses;
import io.onedoor.gateway.request.ClientAddress;
import io.onedoor.gateway.request.RequestEventLoop;
import io.onedoor.gateway.request.StepEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Limits the authorization server's open doors: every {@code POST /login} and {@code POST
 * /oauth2/token} takes a token from the calling network's bucket ({@link ClientAddress}), and a
 * token request also from the bucket of the client id it presents (in HTTP Basic credentials or,
 * for a public client such as the console, the form's {@code client_id}). The network's comes
 * first, so one network cannot drain a client's budget faster than its own allows. A refusal is
 * a 429 problem with Retry-After; tenant-service's lockout of an account still applies behind it.
 * If Redis fails the request passes: the lockout remains.
 */
@Component
class SignInBudgetFilter implements GlobalFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(SignInBudgetFilter.class);

    static final String LOGIN = "/login";
    static final String TOKEN = "/oauth2/token";

    private final TokenBuckets buckets;
    private final SignInLimitProperties limits;
    private final ProblemResponses problems;

    SignInBudgetFilter(TokenBuckets buckets, SignInLimitProperties limits, ProblemResponses problems) {
        this.buckets = buckets;
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return FilterOrder.SIGN_IN_BUDGET;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain given) {
        ServerHttpRequest request = exchange.getRequest();
        String path = request.getPath().value();
        boolean token = path.equals(TOKEN);
        if (request.getMethod() != HttpMethod.POST || !(token || path.equals(LOGIN))) {
            return given.filter(exchange);
        }
        GatewayFilterChain chain = StepEvent.begin("sign-in-budget").until(given);
        Mono<Boolean> byAddress = ClientAddress.of(exchange)
                .map(address ->
                        take(exchange, buckets.bucketOfAddress(ClientAddress.network(address), limits.address())))
                .orElseGet(() -> Mono.just(true));
        return byAddress.flatMap(allowed -> {
            if (!allowed) {
                return Mono.empty();
            }
            if (!token) {
                return chain.filter(exchange);
            }
            Optional<String> basic = basicClientId(request.getHeaders());
            if (basic.isPresent()) {
                return byClient(exchange, basic.get(), chain);
            }
            if (!MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(
                    request.getHeaders().getContentType())) {
                return chain.filter(exchange);
            }
            // The form is read here and replayed to tenant-service; its size is already bounded.
            return ServerWebExchangeUtils.cacheRequestBodyAndRequest(exchange, replayable -> {
                ServerWebExchange replaying =
                        exchange.mutate().request(replayable).build();
                String clientId = formValue(exchange.getAttribute(ServerWebExchangeUtils.CACHED_REQUEST_BODY_ATTR));
                return clientId == null ? chain.filter(replaying) : byClient(replaying, clientId, chain);
            });
        });
    }

    private Mono<Void> byClient(ServerWebExchange exchange, String clientId, GatewayFilterChain chain) {
        return take(exchange, buckets.bucketOfTokenClient(clientId, limits.limitForTokenClient(clientId)))
                .flatMap(allowed -> allowed ? chain.filter(exchange) : Mono.empty());
    }

    /** Takes one request's tokens; false once the refusal has been answered. */
    private Mono<Boolean> take(ServerWebExchange exchange, TokenBuckets.Bucket bucket) {
        return buckets.take(bucket).publishOn(RequestEventLoop.of(exchange)).flatMap(decision -> {
            decision.headers().forEach(exchange.getResponse().getHeaders()::set);
            if (decision.allowed()) {
                return Mono.just(true);
            }
            log.info(
                    "Refused a {} request: the {} bucket is empty",
                    exchange.getRequest().getPath(),
                    bucket.kind());
            return problems.send(
                            exchange,
                            bucket.kind() == TokenBuckets.Bucket.Kind.ADDRESS
                                    ? RateLimitProblems.ADDRESS
                                    : RateLimitProblems.TOKEN_CLIENT,
                            decision.retryAfterSeconds())
                    .thenReturn(false);
        });
    }

    /** The client id of HTTP Basic client credentials (RFC 6749 2.3.1: form-encoded, then Base64). */
    static Optional<String> basicClientId(HttpHeaders headers) {
        String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization == null
                || authorization.length() < 7
                || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            String id = URLDecoder.decode(colon < 0 ? decoded : decoded.substring(0, colon), StandardCharsets.UTF_8);
            return id.isBlank() ? Optional.empty() : Optional.of(id);
        } catch (IllegalArgumentException e) {
            // Not Base64 or not form-encoded: tenant-service refuses it; only the network's limit applies.
            return Optional.empty();
        }
    }

    /** The form's {@code client_id}, or null if it has none (or the body is not a readable form). */
    static @Nullable String formValue(@Nullable DataBuffer body) {
        if (body == null) {
            return null;
        }
        String form = body.toString(body.readPosition(), body.readableByteCount(), StandardCharsets.UTF_8);
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals("client_id")) {
                try {
                    String id = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                    return id.isBlank() ? null : id;
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
