package io.onedoor.cases.security;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * case-service's own credential for the platform's internal API (docs/security.md, ADR 0008): a
 * client of tenant-service's authorization server that obtains service tokens with the
 * client-credentials grant.
 *
 * @param clientId its client id at tenant-service
 * @param secret its secret (env ONEDOOR_SERVICE_SECRET_CASE_SERVICE); required
 * @param tokenUri tenant-service's token endpoint at its internal address; default: {@code
 *     /oauth2/token} of {@code onedoor.services.tenant-service-url}
 */
@ConfigurationProperties("onedoor.service-credentials")
public record ServiceCredentialsProperties(
        @DefaultValue("case-service") String clientId,
        @Nullable String secret,
        @Nullable URI tokenUri) {

    public ServiceCredentialsProperties {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException(
                    "onedoor.service-credentials.secret (env ONEDOOR_SERVICE_SECRET_CASE_SERVICE)"
                            + " is not set: case-service needs it to call tenant-service's internal API");
        }
    }

    @Override
    public String toString() {
        return "ServiceCredentialsProperties[clientId=" + clientId + ", secret=<secret>, tokenUri=" + tokenUri + "]";
    }
}
