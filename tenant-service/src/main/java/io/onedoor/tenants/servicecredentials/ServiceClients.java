package io.onedoor.tenants.servicecredentials;

import io.onedoor.support.access.Caller;
import io.onedoor.tenants.IdentityProperties;
import io.onedoor.tenants.audit.AuditEntry;
import io.onedoor.tenants.audit.AuditLog;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers the platform's service clients at startup from configuration, their secrets stored
 * hashed like every client's. A registration that already matches is left alone; a changed secret
 * is hashed anew (that is how a secret is rotated: change it where the service and tenant-service
 * read it, restart both); a removed secret disables the client. Each change is audited.
 */
@Component
@EnableConfigurationProperties(ServiceCredentialsProperties.class)
public class ServiceClients implements SmartInitializingSingleton {

    /** The scope of every service token, and the only one a service client has. */
    public static final String SCOPE = "internal";

    /** Marks a registered client as one of the platform's services, in its client settings. */
    static final String SETTING = "onedoor.service";

    private static final Logger log = LoggerFactory.getLogger(ServiceClients.class);

    /** Another lock than the bootstrap clients': both may run at once on two replicas. */
    private static final long LOCK = 0x7365727669636573L;

    private final ServiceCredentialsProperties credentials;
    private final IdentityProperties identity;
    private final RegisteredClientRepository registered;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ServiceClients(
            ServiceCredentialsProperties credentials,
            IdentityProperties identity,
            RegisteredClientRepository registered,
            PasswordEncoder passwords,
            AuditLog audit,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.credentials = credentials;
        this.identity = identity;
        this.registered = registered;
        this.passwords = passwords;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Whether a registered client is one of the platform's services, whose tokens are service tokens. */
    public static boolean isService(RegisteredClient client) {
        return Boolean.TRUE.equals(client.getClientSettings().getSetting(SETTING));
    }

    @Override
    public void afterSingletonsInstantiated() {
        ServiceCredentialsProperties.CLIENTS.stream()
                .sorted()
                .forEach(client -> transaction.executeWithoutResult(s -> {
                    jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, LOCK);
                    apply(client, credentials.secretOf(client));
                }));
    }

    private void apply(String clientId, @Nullable String secret) {
        RegisteredClient existing = registered.findByClientId(clientId);
        if (existing != null && !isService(existing)) {
            // Never turn someone's client into a service: its holder would reach the internal API.
            throw new IllegalStateException("a client named " + clientId + " exists and is not a service client;"
                    + " remove it before the service of that name can be given a credential");
        }
        if (secret == null) {
            if (existing != null && existing.getClientSecret() != null) {
                // No secret, no client authentication: the client can obtain no more tokens.
                save(existing, clientId, null);
                record("service-client.disabled", clientId, true);
            }
            return;
        }
        boolean secretCurrent = existing != null
                && existing.getClientSecret() != null
                && passwords.matches(secret, existing.getClientSecret());
        boolean settingsCurrent = existing != null
                && existing.getTokenSettings().getAccessTokenTimeToLive().equals(identity.accessTokenTtl());
        if (secretCurrent && settingsCurrent) {
            return;
        }
        save(existing, clientId, secretCurrent ? existing.getClientSecret() : passwords.encode(secret));
        record(existing == null ? "service-client.registered" : "service-client.updated", clientId, !secretCurrent);
    }

    private void save(@Nullable RegisteredClient existing, String clientId, @Nullable String secretHash) {
        RegisteredClient.Builder client = existing != null
                ? RegisteredClient.from(existing)
                : RegisteredClient.withId(UUID.randomUUID().toString())
                        .clientId(clientId)
                        .clientIdIssuedAt(Instant.now());
        registered.save(client.clientSecret(secretHash)
                .clientName("service " + clientId)
                .clientAuthenticationMethods(methods -> {
                    methods.clear();
                    methods.add(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
                })
                .authorizationGrantTypes(grants -> {
                    grants.clear();
                    grants.add(AuthorizationGrantType.CLIENT_CREDENTIALS);
                })
                .scopes(scopes -> {
                    scopes.clear();
                    scopes.add(SCOPE);
                })
                .clientSettings(ClientSettings.builder()
                        .requireAuthorizationConsent(false)
                        .setting(SETTING, true)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(identity.accessTokenTtl())
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .build())
                .build());
    }

    private void record(String action, String clientId, boolean secretChanged) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("clientId", clientId);
        after.put("audience", Caller.SERVICE_AUDIENCE);
        after.put("secretChanged", secretChanged);
        audit.record(AuditEntry.of(action, null, null, clientId).after(after));
        log.info("service client {}: {}", clientId, action);
    }
}
