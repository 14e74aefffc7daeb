package io.onedoor.gateway.body;

import io.onedoor.gateway.FilterOrder;
import io.onedoor.gateway.problem.Problem;
import io.onedoor.gateway.problem.ProblemResponses;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body larger than its route allows ({@link BodyLimitProperties}) with a 413
 * problem, before the service is asked: at once when the declared Content-Length is over the
 * limit, and, for a body streamed without a length, as soon as the bytes counted pass it (the
 * forwarding then stops and the answer is the same 413). Nothing is buffered here.
 */
@Component
class BodyLimitFilter implements GlobalFilter, Ordered {

    static final Problem TOO_LARGE = new Problem(
            HttpStatus.CONTENT_TOO_LARGE,
            "content-too-large",
            "Request body too large",
            "The request body is larger than this path accepts.");

    private final BodyLimitProperties limits;
    private final ProblemResponses problems;

    BodyLimitFilter(BodyLimitProperties limits, ProblemResponses problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return FilterOrder.BODY_LIMIT;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        long max = limits.maxBytes(route == null ? "" : route.getId());
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > max) {
            return problems.send(exchange, TOO_LARGE);
        }
        if (declared >= 0) {
            // The HTTP server delivers no more than the declared length.
            return chain.filter(exchange);
        }
        ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > max) {
                        DataBufferUtils.release(buffer);
                        sink.error(new BodyTooLargeException());
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build())
                .onErrorResume(BodyLimitFilter::overLimit, tooLarge -> {
                    if (exchange.getResponse().isCommitted()) {
                        return Mono.error(tooLarge);
                    }
                    exchange.getResponse().getHeaders().clear();
                    return problems.send(exchange, TOO_LARGE);
                });
    }

    /** The limit was passed, whatever the forwarding wrapped the error in. */
    private static boolean overLimit(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /** A streamed body passed its limit. */
    static final class BodyTooLargeException extends RuntimeException {
        BodyTooLargeException() {
            super("request body over the route's limit", null, false, false);
        }
    }
}
