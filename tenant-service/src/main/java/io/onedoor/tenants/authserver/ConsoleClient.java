package io.onedoor.tenants.authserver;

import io.onedoor.tenants.IdentityProperties;
import io.onedoor.tenants.accounts.Role;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers the console's public client at startup, or brings it in line with the configuration
 * (redirect URIs, lifetimes) under the id it already has: authorization code with PKCE required,
 * no secret, no consent screen (it is the platform's own client), refresh tokens that rotate.
 */
@Component
class ConsoleClient implements SmartInitializingSingleton {

    private static final long CONSOLE_LOCK = 0x636f6e736f6c65L;

    private final RegisteredClientRepository clients;
    private final IdentityProperties identity;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ConsoleClient(
            RegisteredClientRepository clients,
            IdentityProperties identity,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.clients = clients;
        this.identity = identity;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            // Replicas starting together must not both insert the client.
            jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, CONSOLE_LOCK);
            register();
        });
    }

    private void register() {
        IdentityProperties.Console console = identity.console();
        RegisteredClient existing = clients.findByClientId(console.clientId());
        RegisteredClient wanted = RegisteredClient.withId(
                        existing != null ? existing.getId() : UUID.randomUUID().toString())
                .clientId(console.clientId())
                .clientIdIssuedAt(existing != null ? existing.getClientIdIssuedAt() : Instant.now())
                .clientName("OneDoor console")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(console.redirectUris()))
                // Signing out of the console (RP-initiated logout) returns to the console's start.
                .postLogoutRedirectUris(uris -> uris.addAll(startPages(console.redirectUris())))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scopes(scopes -> scopes.addAll(Role.allScopes()))
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(identity.accessTokenTtl())
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .refreshTokenTimeToLive(console.refreshTokenTtl())
                        .reuseRefreshTokens(false)
                        .build())
                .build();
        // Saved every start: an update with the same values is harmless.
        clients.save(wanted);
    }

    /** The start page of each origin the console receives codes at: {@code http://host:port/}. */
    static Set<String> startPages(List<String> redirectUris) {
        Set<String> pages = new LinkedHashSet<>();
        for (String uri : redirectUris) {
            pages.add(URI.create(uri).resolve("/").toString());
        }
        return pages;
    }
}
