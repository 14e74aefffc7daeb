package io.onedoor.tenants;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tenant-service issues identities and tokens. {@code TenantServiceApplication.main} maps the
 * platform's environment variables onto these; tests and in-process callers pass properties.
 *
 * @param keyEncryptionKey base64 of 32 random bytes (AES-256) under which signing keys' private
 *     parts are stored, from {@code ONEDOOR_KEY_ENCRYPTION_KEY}; required
 * @param keyRotationPeriod how long a signing key signs before a new one takes over
 * @param keyCheckInterval how often a replica checks whether a key is due for rotation or retirement
 * @param accessTokenTtl lifetime of access tokens (bootstrap clients may ask for longer)
 * @param lockout when failed logins lock an account
 * @param console the console's public client
 * @param bootstrap clients created at startup for automation
 */
@ConfigurationProperties("onedoor.identity")
public record IdentityProperties(
        @Nullable String keyEncryptionKey,
        @DefaultValue("30d") Duration keyRotationPeriod,
        @DefaultValue("1m") Duration keyCheckInterval,
        @DefaultValue("5m") Duration accessTokenTtl,
        @DefaultValue Lockout lockout,
        @DefaultValue Console console,
        @DefaultValue Bootstrap bootstrap) {

    private static final String KEY_HINT =
            "onedoor.identity.key-encryption-key (env ONEDOOR_KEY_ENCRYPTION_KEY) must be"
                    + " base64 of 32 random bytes, e.g. the output of `openssl rand -base64 32`; it encrypts the token"
                    + " signing keys at rest";

    public IdentityProperties {
        keyBytes(keyEncryptionKey);
        if (keyRotationPeriod.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalStateException("onedoor.identity.key-rotation-period must be at least 1h");
        }
        if (accessTokenTtl.compareTo(Duration.ofSeconds(30)) < 0 || accessTokenTtl.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalStateException("onedoor.identity.access-token-ttl must be between 30s and 1h");
        }
    }

    /** The key-encryption key's 32 bytes. */
    public byte[] keyEncryptionKeyBytes() {
        return keyBytes(keyEncryptionKey);
    }

    /** The longest any access token this issuer signs may live. */
    public Duration longestAccessTokenTtl() {
        Duration longest = accessTokenTtl;
        for (BootstrapClient client : bootstrap.allClients()) {
            Duration ttl = client.accessTokenTtl() == null ? accessTokenTtl : client.accessTokenTtl();
            if (ttl.compareTo(longest) > 0) {
                longest = ttl;
            }
        }
        return longest;
    }

    private static byte[] keyBytes(@Nullable String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException("onedoor.identity.key-encryption-key is not set; " + KEY_HINT);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("onedoor.identity.key-encryption-key is not base64; " + KEY_HINT);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(
                    "onedoor.identity.key-encryption-key has " + bytes.length + " bytes; " + KEY_HINT);
        }
        return bytes;
    }

    @Override
    public String toString() {
        return "IdentityProperties[keyEncryptionKey=<secret>, keyRotationPeriod=" + keyRotationPeriod
                + ", accessTokenTtl=" + accessTokenTtl + ", lockout=" + lockout + ", console=" + console + "]";
    }

    /**
     * @param maxFailures failed logins in a row that lock an account
     * @param duration how long the lock lasts
     */
    public record Lockout(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("15m") Duration duration) {

        public Lockout {
            if (maxFailures < 1) {
                throw new IllegalStateException("onedoor.identity.lockout.max-failures must be at least 1");
            }
        }
    }

    /**
     * @param clientId the console's public client (authorization code with PKCE)
     * @param redirectUris where the console may receive codes (env ONEDOOR_CONSOLE_REDIRECT_URIS)
     * @param refreshTokenTtl how long a login lasts: refresh tokens rotate but never outlive it
     */
    public record Console(
            @DefaultValue("onedoor-console") String clientId,

            @DefaultValue("http://localhost:8080/console/callback")
            List<String> redirectUris,

            @DefaultValue("8h") Duration refreshTokenTtl) {}

    /**
     * Clients created or updated at every start, for automation (the launcher, system tests, the
     * benchmark).
     *
     * @param clients the clients, from {@code onedoor.identity.bootstrap.clients[n].*}
     * @param operator one OPERATOR client from the environment shorthand ONEDOOR_BOOTSTRAP_CLIENT_ID,
     *     ONEDOOR_BOOTSTRAP_CLIENT_SECRET and ONEDOOR_BOOTSTRAP_PROVINCE; ignored while its id is blank
     * @param platformAdmin the platform administrator, a person, from ONEDOOR_PLATFORM_ADMIN_USERNAME
     *     and ONEDOOR_PLATFORM_ADMIN_PASSWORD; ignored while the username is blank
     */
    public record Bootstrap(
            @DefaultValue List<BootstrapClient> clients,
            @DefaultValue Operator operator,
            @DefaultValue PlatformAdmin platformAdmin) {

        /** Every bootstrap client, the environment's operator included. */
        public List<BootstrapClient> allClients() {
            List<BootstrapClient> all = new ArrayList<>(clients);
            operator.asClient().ifPresent(all::add);
            return all;
        }
    }

    /**
     * The platform administrator created at startup (or given this password again), who creates the
     * provincial operators. Logs in as {@code username@000000}.
     *
     * @param username the part of the login before {@code @000000}
     * @param password at least 12 characters, stored hashed; from a secret, never from a file
     *     in the repository
     * @param displayName the name the console shows
     */
    public record PlatformAdmin(
            @Nullable String username,
            @Nullable String password,
            @DefaultValue("平台管理员") String displayName) {

        public PlatformAdmin {
            if (username != null && !username.isBlank()) {
                if (!username.strip().matches("[a-z0-9][a-z0-9._-]*[a-z0-9]")) {
                    throw new IllegalStateException("onedoor.identity.bootstrap.platform-admin.username must be"
                            + " lower-case letters, digits, '.', '_' or '-', e.g. platform.admin");
                }
                if (password == null || password.length() < 12) {
                    throw new IllegalStateException("onedoor.identity.bootstrap.platform-admin.password (env"
                            + " ONEDOOR_PLATFORM_ADMIN_PASSWORD) must have at least 12 characters");
                }
            }
        }

        /** Whether one is configured. */
        public boolean configured() {
            return username != null && !username.isBlank();
        }

        @Override
        public String toString() {
            return "PlatformAdmin[" + username + ", password=<secret>]";
        }
    }

    /** The environment's shorthand for one OPERATOR client. */
    public record Operator(
            @Nullable String clientId,
            @Nullable String secret,
            @Nullable String province) {

        public static final List<String> SCOPES =
                List.of("tenants:read", "tenants:write", "accounts:write", "audit:read");

        java.util.Optional<BootstrapClient> asClient() {
            if (clientId == null || clientId.isBlank()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(
                    new BootstrapClient(clientId.strip(), secret, List.of("OPERATOR"), province, null, SCOPES, null));
        }
    }

    /**
     * A client for automation.
     *
     * @param clientId its id
     * @param secret its secret, stored hashed
     * @param roles the roles its tokens carry, e.g. [OPERATOR]
     * @param province the province its tokens carry
     * @param tenant the tenant its tokens carry, if it acts inside one
     * @param scopes the scopes it may be granted
     * @param accessTokenTtl lifetime of its tokens (default: the issuer's)
     */
    public record BootstrapClient(
            String clientId,
            @Nullable String secret,
            @DefaultValue List<String> roles,
            @Nullable String province,
            @Nullable String tenant,
            @DefaultValue List<String> scopes,
            @Nullable Duration accessTokenTtl) {

        private static final Set<String> ROLES = Set.of("OPERATOR", "INTEGRATOR");

        public BootstrapClient {
            String name = "onedoor.identity.bootstrap client " + clientId;
            if (secret == null || secret.length() < 16) {
                throw new IllegalStateException(name + ": its secret must have at least 16 characters");
            }
            if (province == null || !province.matches("[0-9]{2}0000")) {
                throw new IllegalStateException(name + ": province must be a province code such as 150000");
            }
            if (roles.isEmpty() || !ROLES.containsAll(roles)) {
                throw new IllegalStateException(name + ": roles must be OPERATOR or INTEGRATOR");
            }
            if (scopes.isEmpty()) {
                throw new IllegalStateException(name + ": it needs at least one scope");
            }
            if (accessTokenTtl != null
                    && (accessTokenTtl.isNegative() || accessTokenTtl.compareTo(Duration.ofHours(24)) > 0)) {
                throw new IllegalStateException(name + ": access-token-ttl must be at most 24h");
            }
        }

        @Override
        public String toString() {
            return "BootstrapClient[" + clientId + ", roles=" + roles + ", province=" + province + "]";
        }
    }
}
