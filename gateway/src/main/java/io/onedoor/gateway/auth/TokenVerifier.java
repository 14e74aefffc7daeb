package io.onedoor.gateway.auth;

import io.onedoor.support.access.Caller;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 */
@Component
class TokenVerifier {

    private static final Logger log = LoggerFactory.getLogger(TokenVerifier.class);

    private final NimbusReactiveJwtDecoder decoder;

    TokenVerifier(TokenProperties token, JwksProperties jwks) {
        JwksKeys keys = new JwksKeys(token.jwkSetUri(), jwks, Clock.systemUTC());
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
        return decoder.decode(token)
                .<Outcome>map(jwt -> new Outcome.Verified(Caller.fromClaims(jwt.getClaims())))
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

    /** The result of verifying one token. */
    sealed interface Outcome {

        record Verified(Caller caller) implements Outcome {}

        /** The token does not verify. */
        record Rejected() implements Outcome {}

        /** The issuer's keys cannot be had, so no token can be verified. */
        record Unverifiable() implements Outcome {}
    }
}
