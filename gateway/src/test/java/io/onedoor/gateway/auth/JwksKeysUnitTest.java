package io.onedoor.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/**
 * How often the gateway asks the issuer for its keys: what tenant-service's JWKS endpoint sees, and
 * whether a rotated-in or withdrawn key is noticed.
 */
class JwksKeysUnitTest {

    private static final JwksProperties PROPERTIES =
            new JwksProperties(Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofSeconds(2));

    private final List<RSAKey> published = new CopyOnWriteArrayList<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicBoolean down = new AtomicBoolean();
    private final MutableClock clock = new MutableClock();
    private final AtomicInteger withdrawals = new AtomicInteger();
    private HttpServer issuer;
    private JwksKeys keys;

    @BeforeEach
    void startIssuer() throws IOException {
        issuer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        issuer.createContext("/oauth2/jwks", exchange -> {
            fetches.incrementAndGet();
            byte[] body = new JWKSet(published.stream()
                            .map(key -> (JWK) key.toPublicJWK())
                            .toList())
                    .toString()
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(down.get() ? 503 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        issuer.start();
        keys = new JwksKeys(
                URI.create("http://127.0.0.1:" + issuer.getAddress().getPort() + "/oauth2/jwks"),
                PROPERTIES,
                clock,
                withdrawals::incrementAndGet,
                // A plain http:// address: the load balancer is never asked.
                (request, next) -> {
                    throw new AssertionError("a plain address went through the load balancer");
                });
    }

    @AfterEach
    void stopIssuer() {
        issuer.stop(0);
    }

    @Test
    void madeUpKeyIdsCostTheIssuerAtMostOneFetchPerInterval() {
        RSAKey key = publish();
        assertThat(keysFor(key.getKeyID())).containsExactly(key.getKeyID());

        for (int i = 0; i < 50; i++) {
            assertThat(keysFor("made-up-" + i)).isEmpty();
        }

        assertThat(fetches).hasValue(1);
        clock.advance(Duration.ofMillis(1100));
        assertThat(keysFor("made-up-again")).isEmpty();
        assertThat(fetches).hasValue(2);
    }

    @Test
    void aRotatedInKeyIsFetchedOnItsFirstToken() {
        RSAKey old = publish();
        keysFor(old.getKeyID());
        clock.advance(Duration.ofSeconds(2));

        RSAKey next = publish();

        assertThat(keysFor(next.getKeyID())).containsExactly(next.getKeyID());
        assertThat(keysFor(old.getKeyID())).containsExactly(old.getKeyID());
        assertThat(fetches).hasValue(2);
    }

    @Test
    void aWithdrawnKeyStopsVerifyingOnceTheKeysAreOld() {
        RSAKey withdrawn = publish();
        RSAKey kept = publish();
        keysFor(kept.getKeyID());
        published.remove(withdrawn);

        clock.advance(Duration.ofMinutes(4));
        assertThat(keysFor(withdrawn.getKeyID())).containsExactly(withdrawn.getKeyID());

        assertThat(withdrawals).hasValue(0);

        clock.advance(Duration.ofMinutes(2));
        assertThat(keysFor(withdrawn.getKeyID())).isEmpty();
        assertThat(keysFor(kept.getKeyID())).containsExactly(kept.getKeyID());
        // What was verified with the withdrawn key is to be forgotten.
        assertThat(withdrawals).hasValue(1);
    }

    @Test
    void aRotatedInKeyIsNoWithdrawal() {
        RSAKey old = publish();
        keysFor(old.getKeyID());
        clock.advance(Duration.ofSeconds(2));
        RSAKey next = publish();

        keysFor(next.getKeyID());

        assertThat(fetches).hasValue(2);
        assertThat(withdrawals).hasValue(0);
    }

    @Test
    void anUnreachableIssuerLeavesTheKnownKeysInUse() {
        RSAKey key = publish();
        keysFor(key.getKeyID());
        down.set(true);

        clock.advance(Duration.ofMinutes(6));

        assertThat(keysFor(key.getKeyID())).containsExactly(key.getKeyID());
    }

    @Test
    void withNoKeysKnownAnUnreachableIssuerMakesVerificationImpossible() {
        publish();
        down.set(true);

        assertThatThrownBy(() -> keysFor("any")).isInstanceOf(JwksKeys.KeysUnavailable.class);
        // And says so without asking again on every request.
        assertThatThrownBy(() -> keysFor("any")).isInstanceOf(JwksKeys.KeysUnavailable.class);
        assertThat(fetches).hasValue(1);
    }

    private List<String> keysFor(String keyId) {
        SignedJWT token = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), new JWTClaimsSet.Builder().build());
        Flux<JWK> found = keys.apply(token);
        return found.map(JWK::getKeyID).collectList().block(Duration.ofSeconds(5));
    }

    private RSAKey publish() {
        try {
            RSAKey key =
                    new RSAKeyGenerator(2048).keyID("key-" + published.size()).generate();
            published.add(key);
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MutableClock extends Clock {

        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
