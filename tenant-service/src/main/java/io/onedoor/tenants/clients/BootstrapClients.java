package io.onedoor.tenants.clients;

import io.onedoor.tenants.IdentityProperties;
import io.onedoor.tenants.IdentityProperties.BootstrapClient;
import io.onedoor.tenants.audit.AuditEntry;
import io.onedoor.tenants.audit.AuditLog;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
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
 * Creates the configured bootstrap clients at startup, or brings them in line with the
 * configuration. A client that already matches is left alone, so starting again changes and
 * audits nothing; a changed secret is hashed anew.
 */
@Component
public class BootstrapClients implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BootstrapClients.class);

    private static final long BOOTSTRAP_LOCK = 0x626f6f7473747270L;

    private final IdentityProperties identity;
    private final RegisteredClientRepository registered;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    BootstrapClients(
            IdentityProperties identity,
            RegisteredClientRepository registered,
            PasswordEncoder passwords,
            AuditLog audit,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.identity = identity;
        this.registered = registered;
        this.passwords = passwords;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void afterSingletonsInstantiated() {
        identity.bootstrap().allClients().forEach(this::apply);
    }

    /** Creates or updates one client; true when anything changed. */
    public boolean apply(BootstrapClient wanted) {
        Boolean changed = transaction.execute(status -> {
            // Replicas starting together must not both insert the same client.
            jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, BOOTSTRAP_LOCK);
            return applyLocked(wanted);
        });
        return Boolean.TRUE.equals(changed);
    }

    private boolean applyLocked(BootstrapClient wanted) {
        RegisteredClient existing = registered.findByClientId(wanted.clientId());
        String secret = Objects.requireNonNull(wanted.secret());
        boolean secretCurrent = existing != null
                && existing.getClientSecret() != null
                && passwords.matches(secret, existing.getClientSecret());
        ClientClaims claims = new ClientClaims(
                blankToNull(wanted.tenant()), Objects.requireNonNull(wanted.province()), wanted.roles());
        Set<String> scopes = new LinkedHashSet<>(wanted.scopes());
        Duration ttl = wanted.accessTokenTtl() == null ? identity.accessTokenTtl() : wanted.accessTokenTtl();
        if (existing != null
                && secretCurrent
                && claims.equals(ClientClaims.of(existing))
                && scopes.equals(existing.getScopes())
                && ttl.equals(existing.getTokenSettings().getAccessTokenTimeToLive())) {
            return false;
        }
        RegisteredClient.Builder client = existing != null
                ? RegisteredClient.from(existing)
                : RegisteredClient.withId(UUID.randomUUID().toString())
                        .clientId(wanted.clientId())
                        .clientIdIssuedAt(Instant.now());
        registered.save(client.clientSecret(secretCurrent ? existing.getClientSecret() : passwords.encode(secret))
                .clientName("bootstrap " + wanted.clientId())
                .clientAuthenticationMethods(methods -> {
                    methods.clear();
                    methods.add(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
                    methods.add(ClientAuthenticationMethod.CLIENT_SECRET_POST);
                })
                .authorizationGrantTypes(grants -> {
                    grants.clear();
                    grants.add(AuthorizationGrantType.CLIENT_CREDENTIALS);
                })
                .scopes(granted -> {
                    granted.clear();
                    granted.addAll(scopes);
                })
                .clientSettings(claims.into(ClientSettings.builder().requireAuthorizationConsent(false))
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(ttl)
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .build())
                .build());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("clientId", wanted.clientId());
        after.put("roles", wanted.roles());
        after.put("scopes", scopes);
        after.put("accessTokenTtl", ttl.toString());
        after.put("secretChanged", !secretCurrent);
        audit.record(AuditEntry.of(
                        existing == null ? "client.bootstrapped" : "client.bootstrap-updated",
                        claims.tenant(),
                        claims.province(),
                        wanted.clientId())
                .after(after));
        log.info("bootstrap client {} {}", wanted.clientId(), existing == null ? "created" : "updated");
        return true;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
