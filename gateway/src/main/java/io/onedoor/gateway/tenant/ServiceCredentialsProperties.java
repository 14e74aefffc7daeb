package io.onedoor.gateway.tenant;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway's own credential for tenant-service's internal API (the directory lookup): a client
 * of its authorization server that obtains service tokens with the client-credentials grant
 * (docs/security.md, ADR 0008).
 *
 * @param clientId its client id at tenant-service
 * @param secret its secret (env ONEDOOR_SERVICE_SECRET_GATEWAY); required
 * @param tokenUri tenant-service's token endpoint: its service id ({@code http://tenant-service/...}, any
 *     replica) or an address
 */
@ConfigurationProperties("onedoor.gateway.service-credentials")
record ServiceCredentialsProperties(
        @DefaultValue("gateway") String clientId, @Nullable String secret, URI tokenUri) {

    ServiceCredentialsProperties {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("onedoor.gateway.service-credentials.secret (env"
                    + " ONEDOOR_SERVICE_SECRET_GATEWAY) is not set: the gateway needs it for tenant-service's"
                    + " directory lookup");
        }
    }

    @Override
    public String toString() {
        return "ServiceCredentialsProperties[clientId=" + clientId + ", secret=<secret>, tokenUri=" + tokenUri + "]";
    }
}
