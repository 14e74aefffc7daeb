package io.onedoor.gateway.request;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A Redis value one step of the gateway read for a later step of the same request, in the same
 * round trip as its own call: the rate limit's script reads the tenant's directory entry beside
 * the buckets, so the directory step needs no call of its own. Keyed by the Redis key, so a step
 * only ever takes the value of the key it would have read itself.
 */
public final class RedisReadAhead {

    private static final String ATTRIBUTE = RedisReadAhead.class.getName();

    private RedisReadAhead() {}

    /** Offers the value being read for {@code key}: empty if Redis has no such key. */
    public static void offer(ServerWebExchange exchange, String key, CompletableFuture<Optional<String>> value) {
        exchange.getAttributes().put(ATTRIBUTE, new Offer(key, value));
    }

    /** The value read ahead for {@code key}, if any was. */
    public static Optional<Mono<Optional<String>>> of(ServerWebExchange exchange, String key) {
        Offer offer = exchange.getAttribute(ATTRIBUTE);
        if (offer == null || !offer.key().equals(key)) {
            return Optional.empty();
        }
        return Optional.of(Mono.fromFuture(offer.value(), true));
    }

    private record Offer(String key, CompletableFuture<Optional<String>> value) {}
}
