package io.onedoor.gateway.request;

import io.onedoor.gateway.FilterOrder;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Runs before routing, for every request (so a 404 or an actuator call is covered too): drops the
 * {@link InternalHeaders internal headers} a client sent (having read the {@link ClientAddress
 * caller's address} from them first), assigns the request id, and puts the id into the Reactor
 * context, from which it reaches the MDC of every log line.
 */
@Component
class RequestIdentityFilter implements WebFilter, Ordered {

    private final ClientAddress clientAddress;

    RequestIdentityFilter(ClientAddressProperties properties) {
        this.clientAddress = new ClientAddress(properties.trustedProxies());
    }

    @Override
    public int getOrder() {
        return FilterOrder.REQUEST_IDENTITY;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = RequestId.of(exchange);
        clientAddress.resolve(exchange);
        ServerHttpRequest request = exchange.getRequest()
                .mutate()
                .headers(headers -> {
                    List<String> internal = headers.headerNames().stream()
                            .filter(InternalHeaders::isInternal)
                            .toList();
                    internal.forEach(headers::remove);
                    headers.set(RequestId.HEADER, requestId);
                })
                .build();
        // Set just before commit, so a proxied response cannot replace it.
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(RequestId.HEADER, requestId);
            return Mono.empty();
        });
        StepEvent whole = StepEvent.begin(StepEvent.REQUEST);
        return chain.filter(exchange.mutate().request(request).build())
                .doFinally(signal -> whole.finish())
                .contextWrite(context -> context.put(LogContext.REQUEST_ID, requestId));
    }
}
