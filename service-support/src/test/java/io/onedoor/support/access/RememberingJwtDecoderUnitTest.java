package io.onedoor.support.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class RememberingJwtDecoderUnitTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    private final AtomicInteger decoded = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private Instant wallClock = NOW;

    @Test
    void aTokenIsVerifiedOnceWhileItLives() {
        JwtDecoder decoder = remembering(token -> jwt(token, NOW.plusSeconds(300)));

        Jwt first = decoder.decode("token-a");
        Jwt again = decoder.decode("token-a");

        assertThat(again).isSameAs(first);
        assertThat(decoded).hasValue(1);
    }

    @Test
    void anExpiredTokenIsVerifiedAgainAndSoRefused() {
        JwtDecoder delegate = token -> {
            if (wallClock.isAfter(NOW.plusSeconds(330))) {
                throw new BadJwtException("expired");
            }
            return jwt(token, NOW.plusSeconds(300));
        };
        JwtDecoder decoder = remembering(delegate);
        decoder.decode("token-a");

        advance(Duration.ofSeconds(331));

        assertThatThrownBy(() -> decoder.decode("token-a")).isInstanceOf(BadJwtException.class);
        assertThat(decoded).hasValue(2);
    }

    @Test
    void aTokenIsRememberedNoLongerThanTheLimitEvenIfItLivesLonger() {
        JwtDecoder decoder = remembering(token -> jwt(token, NOW.plus(Duration.ofHours(2))));
        decoder.decode("token-a");

        advance(Duration.ofMinutes(5).plusSeconds(1));
        decoder.decode("token-a");

        assertThat(decoded).hasValue(2);
    }

    @Test
    void aRefusedTokenIsNotRemembered() {
        JwtDecoder decoder = remembering(token -> {
            throw new BadJwtException("bad signature");
        });

        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(decoded).hasValue(2);
    }

    private JwtDecoder remembering(JwtDecoder delegate) {
        JwtDecoder counting = token -> {
            decoded.incrementAndGet();
            return delegate.decode(token);
        };
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return wallClock;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        Ticker ticker = nanos::get;
        return new RememberingJwtDecoder(counting, Duration.ofSeconds(30), Duration.ofMinutes(5), 100, clock, ticker);
    }

    private void advance(Duration duration) {
        wallClock = wallClock.plus(duration);
        nanos.addAndGet(duration.toNanos());
    }

    private static Jwt jwt(String token, Instant expiresAt) {
        return Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("someone")
                .issuedAt(NOW)
                .expiresAt(expiresAt)
                .build();
    }
}
