package io.onedoor.tenants.clients;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

/**
 * What a client's tokens say about it, kept in its registered client's settings: the tenant it
 * acts in (if any), its province, its roles.
 */
public record ClientClaims(@Nullable String tenant, String province, List<String> roles) {

    static final String TENANT = "onedoor.tenant";
    static final String PROVINCE = "onedoor.province";
    static final String ROLES = "onedoor.roles";

    /** The claims stored with a client, or null for a client that has none (the console). */
    public static @Nullable ClientClaims of(RegisteredClient client) {
        ClientSettings settings = client.getClientSettings();
        Object province = settings.getSetting(PROVINCE);
        if (province == null) {
            return null;
        }
        Object tenant = settings.getSetting(TENANT);
        Object roles = settings.getSetting(ROLES);
        return new ClientClaims(
                tenant == null ? null : tenant.toString(),
                province.toString(),
                roles == null || roles.toString().isBlank()
                        ? List.of()
                        : Arrays.asList(roles.toString().split(" ")));
    }

    /** Settings carrying these claims; space-separated roles keep the stored JSON to plain strings. */
    ClientSettings.Builder into(ClientSettings.Builder settings) {
        if (tenant != null) {
            settings.setting(TENANT, tenant);
        }
        return settings.setting(PROVINCE, province).setting(ROLES, String.join(" ", roles));
    }
}
