package io.onedoor.tenants;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform-wide token settings (docs/security.md), which tenant-service both issues and
 * verifies by.
 *
 * @param issuer the {@code iss} of every token (env ONEDOOR_ISSUER): the gateway's address, through
 *     which people and integrators reach the authorization server
 * @param clockSkew leeway for {@code exp} and {@code nbf} between hosts' clocks
 */
@ConfigurationProperties("onedoor.security")
public record TokenProperties(
        @DefaultValue("http://localhost:8080") String issuer,
        @DefaultValue("30s") Duration clockSkew) {

    public TokenProperties {
        if (issuer.isBlank() || !(issuer.startsWith("http://") || issuer.startsWith("https://"))) {
            throw new IllegalStateException("onedoor.security.issuer (env ONEDOOR_ISSUER) must be an http(s) URL");
        }
        if (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(2)) > 0) {
            throw new IllegalStateException("onedoor.security.clock-skew must be between 0s and 2m");
        }
    }
}
