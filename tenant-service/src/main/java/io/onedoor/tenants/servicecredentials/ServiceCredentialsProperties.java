package io.onedoor.tenants.servicecredentials;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The secrets of the platform's service clients, by client id ({@code
 * onedoor.service-credentials.secrets.case-service}, from ONEDOOR_SERVICE_SECRET_CASE_SERVICE,
 * _GATEWAY and _OPERATIONS). A client whose secret is blank is not registered, and one registered
 * before is disabled: its stored secret is removed, so it can no longer authenticate.
 *
 * @param secrets each service client's secret, at least 16 characters
 */
@ConfigurationProperties("onedoor.service-credentials")
public record ServiceCredentialsProperties(@DefaultValue Map<String, String> secrets) {

    /**
     * The services that may hold a credential: case-service (configuration snapshots), the gateway
     * (directory lookups) and operations tooling (key rotation). tenant-service mints its own.
     */
    public static final Set<String> CLIENTS = Set.of("case-service", "gateway", "operations");

    public ServiceCredentialsProperties {
        Set<String> unknown = new TreeSet<>(secrets.keySet());
        unknown.removeAll(CLIENTS);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("onedoor.service-credentials.secrets names unknown services " + unknown
                    + "; the platform's service clients are " + new TreeSet<>(CLIENTS));
        }
        secrets.forEach((client, secret) -> {
            if (secret != null && !secret.isBlank() && secret.length() < 16) {
                throw new IllegalStateException(
                        "onedoor.service-credentials.secrets." + client + " must have at least 16 characters");
            }
        });
    }

    /** The client's secret, or null when it has none (and so may not obtain tokens). */
    @Nullable
    String secretOf(String clientId) {
        String secret = secrets.get(clientId);
        return secret == null || secret.isBlank() ? null : secret;
    }

    @Override
    public String toString() {
        return "ServiceCredentialsProperties[clients with a secret=" + new TreeSet<>(secrets.keySet()) + "]";
    }
}
