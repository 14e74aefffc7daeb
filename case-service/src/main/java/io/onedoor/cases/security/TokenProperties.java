package io.onedoor.cases.security;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How access tokens are verified (docs/security.md). The defaults are the platform's local ones;
 * {@code CaseServiceApplication.main} takes ONEDOOR_ISSUER and ONEDOOR_JWKS_URI from the
 * environment, and a caller starting the service in-process passes the properties.
 *
 * @param issuer the {@code iss} every token must carry
 * @param jwkSetUri where the issuer publishes its signing keys; fetched again whenever a token
 *     names a key not seen yet, which is what lets keys rotate without a restart
 * @param clockSkew leeway for {@code exp} and {@code nbf} between this host's clock and the issuer's
 */
@ConfigurationProperties("onedoor.security")
@Validated
public record TokenProperties(
        @DefaultValue(DEFAULT_ISSUER) @NotBlank String issuer,
        @DefaultValue(DEFAULT_JWK_SET_URI) @NotBlank String jwkSetUri,
        @DefaultValue("30s") Duration clockSkew) {

    public static final String DEFAULT_ISSUER = "http://localhost:8080";
    public static final String DEFAULT_JWK_SET_URI = "http://127.0.0.1:8081/oauth2/jwks";

    public TokenProperties {
        // A generous skew would keep expired tokens alive; tokens only live five minutes.
        if (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(2)) > 0) {
            throw new IllegalArgumentException("onedoor.security.clock-skew must be between 0s and 2m");
        }
    }
}
