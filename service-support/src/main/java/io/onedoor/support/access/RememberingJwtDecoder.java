package io.onedoor.support.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A decoder that remembers the tokens it verified until they expire, so that a caller sending the
 * same token many times pays for one signature check and claim validation: under load, token
 * decoding was a tenth of case-service's CPU per registration.
 *
 * <p>A remembered token is answered until its {@code exp} plus the clock skew the validator
 * allows, and never longer than {@code at most} (a key the issuer withdraws is refused by then:
 * the delegate's key set is cached as long). A token that fails is not remembered. The memory is
 * bounded; the least recently used tokens go first.
 */
public final class RememberingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final Cache<String, Jwt> verified;

    public RememberingJwtDecoder(JwtDecoder delegate, Duration clockSkew, Duration atMost, long maximumSize) {
        this(delegate, clockSkew, atMost, maximumSize, Clock.systemUTC(), Ticker.systemTicker());
    }

    /** With the wall clock tokens are dated by, and the ticker the memory ages by (tests move both). */
    RememberingJwtDecoder(
            JwtDecoder delegate, Duration clockSkew, Duration atMost, long maximumSize, Clock clock, Ticker ticker) {
        this.delegate = delegate;
        this.verified = Caffeine.newBuilder()
                .ticker(ticker)
                .maximumSize(maximumSize)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> {
                    Instant expires = jwt.getExpiresAt();
                    Duration left = expires == null
                            ? Duration.ZERO
                            : Duration.between(clock.instant(), expires.plus(clockSkew));
                    return left.isNegative() ? Duration.ZERO : left.compareTo(atMost) > 0 ? atMost : left;
                }))
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        Jwt jwt = delegate.decode(token);
        verified.put(token, jwt);
        return jwt;
    }
}
