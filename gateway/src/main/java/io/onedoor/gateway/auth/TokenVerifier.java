package io.onedoor.gateway.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.onedoor.support.access.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.loadbalancer.reactive.LoadBalancedExchangeFilterFunction;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Verifies an access token as docs/security.md describes: signed RS256 by a key the issuer
 * publishes, from the configured issuer, within its lifetime (with the configured clock skew),
 * and carrying the claims every platform token has.
 *
 * <p>A token that verified is remembered until it expires (plus the clock skew), so that the
 * integrator or console sending the same token a thousand times pays for one signature check,
 * not a thousand: the profile of the gateway under load had token verification as its largest
 * own cost. The memory is bounded ({@code onedoor.gateway.verified-tokens.maximum-size}) and is
 * dropped whenever the issuer's key set loses a key, so a withdrawn key stops verifying at once.
 * A token that failed is never remembered.
 */
@Component
class TokenVerifier {

    private static final Logger log = LoggerFactory.getLogger(TokenVerifier.class);

    private final NimbusReactiveJwtDecoder decoder;
    private final Cache<String, Verified> verified;

    TokenVerifier(
            TokenProperties token,
            JwksProperties jwks,
            VerifiedTokensProperties cache,
            LoadBalancedExchangeFilterFunction loadBalancer) {
        Duration skew = token.clockSkew();
        this.verified = Caffeine.newBuilder()
                .maximumSize(cache.maximumSize())
                .expireAfter(Expiry.<String, Verified>creating((key, entry) -> remembered(entry, skew)))
                .build();
        JwksKeys keys = new JwksKeys(token.jwkSetUri(), jwks, Clock.systemUTC(), verified::invalidateAll, loadBalancer);
        // RS256 only: alg none, HS256 (say, keyed with the public key) and every other algorithm
        // fail key selection, whatever the token's header asks for.
        this.decoder = NimbusReactiveJwtDecoder.withJwkSource(keys)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .validateType(false)
                .build();
        JwtTimestampValidator lifetime = new JwtTimestampValidator(token.clockSkew());
        lifetime.setAllowEmptyExpiryClaim(false);
        JwtTypeValidator type = new JwtTypeValidator("JWT", "at+jwt");
        type.setAllowEmpty(true);
        List<OAuth2TokenValidator<Jwt>> validators = List.of(
                lifetime,
                new JwtIssuerValidator(token.issuer()),
                type,
                required(JwtClaimNames.SUB),
                // Access tokens carry client_id; an ID token of the same issuer does not.
                required("client_id"));
        this.decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
    }

    /** The caller the token describes, or why there is none. Never fails. */
    Mono<Outcome> verify(String token) {
        Verified known = verified.getIfPresent(token);
        if (known != null) {
            return Mono.just(known.outcome());
        }
        return decoder.decode(token)
                .<Outcome>map(jwt -> {
                    var outcome = new Outcome.Verified(Caller.fromClaims(jwt.getClaims()));
                    if (jwt.getExpiresAt() != null) {
                        verified.put(token, new Verified(outcome, jwt.getExpiresAt()));
                    }
                    return outcome;
                })
                .onErrorResume(error -> {
                    if (keysUnavailable(error)) {
                        return Mono.just(new Outcome.Unverifiable());
                    }
                    // Why a token failed is for debugging only; the caller is never told.
                    log.debug("Bearer token rejected: {}", error.getMessage());
                    return Mono.just(new Outcome.Rejected());
                });
    }

    private static boolean keysUnavailable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof JwksKeys.KeysUnavailable) {
                return true;
            }
        }
        return false;
    }

    private static OAuth2TokenValidator<Jwt> required(String claim) {
        return new JwtClaimValidator<Object>(claim, value -> value instanceof String text && !text.isBlank());
    }

    /** Until the token expires (with the skew the validator allows), but never more than an hour. */
    private static Duration remembered(Verified entry, Duration skew) {
        Duration left = Duration.between(Instant.now(), entry.expiresAt().plus(skew));
        return left.isNegative() ? Duration.ZERO : left.compareTo(MOST) > 0 ? MOST : left;
    }

    private static final Duration MOST = Duration.ofHours(1);

    /** A token that verified, and when it expires. */
    private record Verified(Outcome.Verified outcome, Instant expiresAt) {}

    /** The result of verifying one token. */
    sealed interface Outcome {

        record Verified(Caller caller) implements Outcome {}

        /** The token does not verify. */
        record Rejected() implements Outcome {}

        /** The issuer's keys cannot be had, so no token can be verified. */
        record Unverifiable() implements Outcome {}
    }
}
