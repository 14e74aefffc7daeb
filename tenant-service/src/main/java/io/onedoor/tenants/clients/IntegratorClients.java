package io.onedoor.tenants.clients;

import io.onedoor.support.access.AccessFacts;
import io.onedoor.support.web.ProblemException;
import io.onedoor.support.web.Problems;
import io.onedoor.tenants.IdentityProperties;
import io.onedoor.tenants.audit.AuditEntry;
import io.onedoor.tenants.audit.AuditLog;
import io.onedoor.tenants.registry.Division;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, rotates and revokes integrator clients. A secret exists in clear only in the answer that
 * issues it; what is stored is its hash. Each change commits with its audit event.
 */
@Service
class IntegratorClients {

    /** What a tenant's clients may be granted; anything else is refused, not silently dropped. */
    static final Set<String> TENANT_SCOPES = Set.of("cases:read", "cases:write", "kpi:read");

    static final Set<String> PROVINCIAL_SCOPES = Set.of("tenants:read", "kpi:read");

    private static final String INTEGRATOR = "INTEGRATOR";

    private final IntegratorClientRepository clients;
    private final RegisteredClientRepository registered;
    private final PasswordEncoder passwords;
    private final AccessFacts facts;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Duration accessTokenTtl;
    private final SecureRandom random = new SecureRandom();

    IntegratorClients(
            IntegratorClientRepository clients,
            RegisteredClientRepository registered,
            PasswordEncoder passwords,
            AccessFacts facts,
            AuditLog audit,
            JdbcTemplate jdbc,
            IdentityProperties identity) {
        this.clients = clients;
        this.registered = registered;
        this.passwords = passwords;
        this.facts = facts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.accessTokenTtl = identity.accessTokenTtl();
    }

    /** A client together with the secret it was just given. */
    record Issued(IntegratorClient client, String secret) {}

    /** Whose clients: a tenant's, or a province's own (no tenant). */
    record Owner(@Nullable String tenant, String province) {

        String idPrefix() {
            return tenant != null ? tenant : "p" + province;
        }

        Set<String> grantableScopes() {
            return tenant != null ? TENANT_SCOPES : PROVINCIAL_SCOPES;
        }

        boolean owns(IntegratorClient client) {
            return Objects.equals(tenant, client.tenantCode()) && province.equals(client.provinceCode());
        }
    }

    Owner tenant(String tenant) {
        String province = facts.provinceOfTenant(tenant).orElseThrow(IntegratorClients::tenantNotFound);
        return new Owner(tenant, province);
    }

    /** A province's own clients; a well-formed code that names no province is refused, naming it. */
    static Owner province(String province) {
        if (!Division.isProvince(province)) {
            throw ProblemException.fields(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "Request is not valid",
                    List.of(new Problems.FieldProblem("province", "is not a GB/T 2260 province-level division code")));
        }
        return new Owner(null, province);
    }

    @Transactional
    public Issued create(Owner owner, String name, List<String> scopes) {
        List<String> refused = scopes.stream()
                .filter(scope -> !owner.grantableScopes().contains(scope))
                .toList();
        if (!refused.isEmpty()) {
            throw ProblemException.field(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "invalid-client",
                    "scopes",
                    "may only name "
                            + String.join(
                                    ", ",
                                    owner.grantableScopes().stream().sorted().toList()));
        }
        Instant now = Instant.now();
        String clientId = owner.idPrefix() + "-" + randomId();
        String secret = randomSecret();
        List<String> ordered = scopes.stream().distinct().sorted().toList();
        IntegratorClient client =
                new IntegratorClient(clientId, name.strip(), owner.tenant(), owner.province(), ordered, now);
        clients.saveAndFlush(client);
        registered.save(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientIdIssuedAt(now)
                .clientSecret(passwords.encode(secret))
                .clientName(client.name())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(granted -> granted.addAll(ordered))
                .clientSettings(new ClientClaims(owner.tenant(), owner.province(), List.of(INTEGRATOR))
                        .into(ClientSettings.builder().requireAuthorizationConsent(false))
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(accessTokenTtl)
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .build())
                .build());
        audit.record(AuditEntry.of("client.created", owner.tenant(), owner.province(), clientId)
                .after(client.auditState()));
        return new Issued(client, secret);
    }

    /** A new secret; the old one no longer authenticates once this commits. */
    @Transactional
    public Issued rotateSecret(Owner owner, String clientId) {
        IntegratorClient client = active(owner, clientId);
        RegisteredClient current = registered.findByClientId(clientId);
        if (current == null) {
            throw clientNotFound();
        }
        var before = client.auditState();
        String secret = randomSecret();
        client.secretRotated(Instant.now());
        clients.saveAndFlush(client);
        registered.save(RegisteredClient.from(current)
                .clientSecret(passwords.encode(secret))
                .build());
        audit.record(AuditEntry.of("client.secret-rotated", owner.tenant(), owner.province(), clientId)
                .before(before)
                .after(client.auditState()));
        return new Issued(client, secret);
    }

    /**
     * Removes the client's credentials and its stored authorizations, so the token endpoint no
     * longer knows it; tokens already issued run out within their lifetime.
     */
    @Transactional
    public void revoke(Owner owner, String clientId) {
        IntegratorClient client = active(owner, clientId);
        var before = client.auditState();
        RegisteredClient current = registered.findByClientId(clientId);
        if (current != null) {
            jdbc.update("delete from platform.oauth2_authorization where registered_client_id = ?", current.getId());
            jdbc.update("delete from platform.oauth2_registered_client where id = ?", current.getId());
        }
        client.revoke(Instant.now());
        clients.saveAndFlush(client);
        audit.record(AuditEntry.of("client.revoked", owner.tenant(), owner.province(), clientId)
                .before(before)
                .after(client.auditState()));
    }

    @Transactional(readOnly = true)
    public List<IntegratorClient> list(Owner owner) {
        return owner.tenant() != null
                ? clients.findActiveOfTenant(owner.tenant())
                : clients.findActiveOfProvince(owner.province());
    }

    private IntegratorClient active(Owner owner, String clientId) {
        return clients.findById(clientId)
                .filter(owner::owns)
                .filter(client -> !client.isRevoked())
                .orElseThrow(IntegratorClients::clientNotFound);
    }

    private String randomId() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes).toLowerCase(Locale.ROOT);
    }

    /** 256 random bits, base64url: safe in a form body and in HTTP Basic alike. */
    private String randomSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static ProblemException clientNotFound() {
        ProblemDetail problem =
                Problems.of(HttpStatus.NOT_FOUND, "client-not-found", "Unknown client", "No such client.");
        problem.setInstance(URI.create("/api/v1"));
        return new ProblemException(problem);
    }

    private static ProblemException tenantNotFound() {
        ProblemDetail problem =
                Problems.of(HttpStatus.NOT_FOUND, "tenant-not-found", "Unknown tenant", "No such tenant.");
        problem.setInstance(URI.create("/api/v1/tenants"));
        return new ProblemException(problem);
    }
}
