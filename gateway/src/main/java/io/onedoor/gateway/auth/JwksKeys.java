package io.onedoor.gateway.auth;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import io.netty.channel.ChannelOption;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * The issuer's published signing keys, fetched from its JWKS endpoint and kept in memory.
 *
 * <p>Fetched again when a token names a key not in the set (a rotated-in key) or when the set is
 * older than {@link JwksProperties#maxAge()} (a withdrawn key), but never more often than {@link
 * JwksProperties#minRefetchInterval()}, and by one fetch at a time however many requests wait for
 * it. If a fetch fails the keys already known stay in use; only with no keys at all does
 * verification become impossible ({@link KeysUnavailable}).
 *
 * <p>Spring Security's own remote key source refetches on every unknown key id without limit and
 * keeps a key forever; both matter at the platform's public entry, hence this one.
 */
final class JwksKeys implements Function<SignedJWT, Flux<JWK>> {

    private static final Logger log = LoggerFactory.getLogger(JwksKeys.class);

    private final WebClient web;
    private final URI jwkSetUri;
    private final JwksProperties properties;
    private final Clock clock;
    private final Runnable keysWithdrawn;
    private final AtomicReference<@Nullable Snapshot> snapshot = new AtomicReference<>();
    private final AtomicReference<@Nullable Mono<Snapshot>> fetching = new AtomicReference<>();
    private final AtomicReference<Instant> lastAttempt = new AtomicReference<>(Instant.MIN);

    /**
     * @param jwkSetUri the key set's address; {@code lb://tenant-service/...} asks any replica of
     *     tenant-service, picked by the load balancer
     * @param keysWithdrawn told whenever a fetched key set lacks a key the previous one had, so
     *     that whatever was verified with it can be forgotten
     */
    JwksKeys(
            URI jwkSetUri,
            JwksProperties properties,
            Clock clock,
            Runnable keysWithdrawn,
            ExchangeFilterFunction loadBalancer) {
        boolean balanced = "lb".equals(jwkSetUri.getScheme());
        this.jwkSetUri = balanced ? URI.create("http" + jwkSetUri.toString().substring(2)) : jwkSetUri;
        this.keysWithdrawn = keysWithdrawn;
        this.properties = properties;
        this.clock = clock;
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int)
                        properties.timeout().toMillis())
                .responseTimeout(properties.timeout());
        WebClient.Builder web = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http));
        this.web = (balanced ? web.filter(loadBalancer) : web).build();
    }

    /** The published keys a token could be signed with: those with its key id, or all without one. */
    @Override
    public Flux<JWK> apply(SignedJWT token) {
        String keyId = token.getHeader().getKeyID();
        return current().flatMapMany(known -> {
            List<JWK> keys = known.select(keyId);
            if (!keys.isEmpty() || !mayFetch()) {
                return Flux.fromIterable(keys);
            }
            return refreshed(known).flatMapIterable(fresh -> fresh.select(keyId));
        });
    }

    /** The keys to verify with now: the set in memory, fetched first if there is none or it is old. */
    private Mono<Snapshot> current() {
        Snapshot known = snapshot.get();
        if (known != null && !known.olderThan(clock.instant().minus(properties.maxAge()))) {
            return Mono.just(known);
        }
        if (!mayFetch()) {
            return known != null ? Mono.just(known) : Mono.error(new KeysUnavailable());
        }
        return refreshed(known);
    }

    /** A fresh fetch, or the keys already known if it fails; {@link KeysUnavailable} if there are none. */
    private Mono<Snapshot> refreshed(@Nullable Snapshot known) {
        Mono<Snapshot> fetch = sharedFetch();
        return known == null ? fetch.onErrorMap(error -> new KeysUnavailable()) : fetch.onErrorReturn(known);
    }

    /**
     * Whether a fetch may be (or already is being) made now. Two requests arriving at the same
     * instant may both see yes; {@link #sharedFetch()} still makes them share one fetch.
     */
    private boolean mayFetch() {
        return fetching.get() != null
                || !clock.instant().isBefore(lastAttempt.get().plus(properties.minRefetchInterval()));
    }

    /** Joins the fetch under way, or starts one; every waiting request shares its outcome. */
    private Mono<Snapshot> sharedFetch() {
        while (true) {
            Mono<Snapshot> running = fetching.get();
            if (running != null) {
                return running;
            }
            AtomicReference<@Nullable Mono<Snapshot>> self = new AtomicReference<>();
            // Done before the outcome reaches anyone waiting, so no later request can join a
            // fetch that has already finished and be handed its (by then old) keys.
            Runnable done = () -> fetching.compareAndSet(self.get(), null);
            Mono<Snapshot> fetch = fetch().doOnNext(fetched -> {
                        Snapshot previous = snapshot.getAndSet(fetched);
                        if (previous != null && !fetched.keyIds().containsAll(previous.keyIds())) {
                            keysWithdrawn.run();
                        }
                        done.run();
                    })
                    .doOnError(error -> {
                        log.warn("Could not fetch the issuer's signing keys: {}", error.toString());
                        done.run();
                    })
                    .doFinally(signal -> done.run())
                    .cache();
            self.set(fetch);
            if (fetching.compareAndSet(null, fetch)) {
                lastAttempt.set(clock.instant());
                return fetch;
            }
        }
    }

    private Mono<Snapshot> fetch() {
        return web.get()
                .uri(jwkSetUri)
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .bodyToMono(String.class)
                .timeout(properties.timeout())
                .map(body -> {
                    try {
                        return new Snapshot(JWKSet.parse(body), clock.instant());
                    } catch (ParseException e) {
                        throw new IllegalStateException("the issuer's key set is not a JWK set", e);
                    }
                });
    }

    /** The key set as fetched at one moment. */
    private record Snapshot(JWKSet keys, Instant fetchedAt) {

        boolean olderThan(Instant moment) {
            return fetchedAt.isBefore(moment);
        }

        Set<@Nullable String> keyIds() {
            Set<@Nullable String> ids = new HashSet<>();
            keys.getKeys().forEach(key -> ids.add(key.getKeyID()));
            return ids;
        }

        List<JWK> select(@Nullable String keyId) {
            return keys.getKeys().stream()
                    .filter(key -> keyId == null || Objects.equals(keyId, key.getKeyID()))
                    .toList();
        }
    }

    /** No keys are known and none could be fetched: no token can be verified right now. */
    static final class KeysUnavailable extends RuntimeException {

        KeysUnavailable() {
            super("the issuer's signing keys could not be fetched", null, false, false);
        }
    }
}
