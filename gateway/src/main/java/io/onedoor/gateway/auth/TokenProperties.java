package io.onedoor.gateway.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What every verifier of the platform requires of an access token (docs/security.md), the same
 * properties in every service.
 *
 * @param issuer the {@code iss} every token must carry ({@code ONEDOOR_ISSUER})
 * @param jwkSetUri where the issuer publishes its signing keys ({@code ONEDOOR_JWKS_URI})
 * @param clockSkew leeway for {@code exp} and {@code nbf} between the issuer's clock and ours
 */
@Validated
@ConfigurationProperties("onedoor.security")
record TokenProperties(
        @NotBlank String issuer,
        @NotNull URI jwkSetUri,
        @DefaultValue("30s") Duration clockSkew) {}
