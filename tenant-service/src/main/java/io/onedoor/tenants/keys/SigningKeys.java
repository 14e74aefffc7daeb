package io.onedoor.tenants.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.onedoor.tenants.IdentityProperties;
import io.onedoor.tenants.TokenProperties;
import io.onedoor.tenants.audit.AuditEntry;
import io.onedoor.tenants.audit.AuditLog;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The token signing keys. The newest key signs; every key not yet retired is published. A key
 * that stopped signing is retired only once the longest-lived token it can have signed has
 * expired (plus the clock skew verifiers allow), so rotation never invalidates a token.
 *
 * <p>Replicas share the keys through the database and each keeps them in memory for a short
 * while; a token naming a key a replica has not seen yet makes it read the keys again at once,
 * which is how a key another replica just created verifies everywhere.
 */
@Component
public class SigningKeys implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    /** The advisory lock that makes one replica at a time create or retire keys. */
    private static final long KEY_LOCK = 0x6f6e65646f6f72L;

    private static final Duration CACHE_TTL = Duration.ofSeconds(30);

    /** An attacker's tokens with random key ids must not turn into a query each. */
    private static final Duration UNKNOWN_KID_RELOAD_INTERVAL = Duration.ofSeconds(1);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final KeyEncryption encryption;
    private final AuditLog audit;
    private final Duration rotationPeriod;
    private final Duration retirementDelay;
    private volatile Loaded loaded = new Loaded(List.of(), null, Instant.EPOCH);
    private volatile Instant lastUnknownKidReload = Instant.EPOCH;

    /** The keys as last read. */
    private record Loaded(List<JWK> published, @Nullable RSAKey signing, Instant at) {}

    /** The outcome of a rotation: the key that signs from now on, and every published key. */
    public record Rotation(String signingKeyId, List<String> publishedKeyIds) {}

    SigningKeys(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            AuditLog audit,
            IdentityProperties identity,
            TokenProperties tokens) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.encryption = new KeyEncryption(identity.keyEncryptionKeyBytes());
        this.audit = audit;
        this.rotationPeriod = identity.keyRotationPeriod();
        this.retirementDelay = identity.longestAccessTokenTtl().plus(tokens.clockSkew());
    }

    /** Makes sure a key exists before the service takes its first request. */
    @Override
    public void afterSingletonsInstantiated() {
        maintain();
    }

    /** The published keys (public parts only), for the JWKS and for verifying tokens. */
    public JWKSource<SecurityContext> publishedKeys() {
        return (selector, context) -> {
            List<JWK> found = selector.select(new JWKSet(current().published()));
            if (found.isEmpty() && mayReloadForUnknownKid()) {
                found = selector.select(new JWKSet(reload().published()));
            }
            return found;
        };
    }

    /** The key that signs, with its private part: the encoder's only key. */
    public JWKSource<SecurityContext> signingKey() {
        return (selector, context) -> {
            RSAKey signing = current().signing();
            return signing == null ? List.of() : selector.select(new JWKSet(signing));
        };
    }

    /** A new key signs from now on; the previous one stays published until its tokens expired. */
    public Rotation rotate() {
        Rotation rotation = locked(this::rotate);
        reload();
        return rotation;
    }

    /** Rotates when the signing key is due, and retires keys whose tokens have all expired. */
    @Scheduled(
            fixedDelayString = "${onedoor.identity.key-check-interval:1m}",
            initialDelayString = "${onedoor.identity.key-check-interval:1m}")
    void maintain() {
        locked(now -> {
            Instant newest = jdbc.query("""
                            select created_at from platform.signing_key
                            where retired_at is null and superseded_at is null and private_key is not null
                            order by created_at desc limit 1""", (rs, row) -> rs.getTimestamp(1).toInstant()).stream()
                    .findFirst()
                    .orElse(null);
            if (newest == null || !newest.plus(rotationPeriod).isAfter(now)) {
                return rotate(now);
            }
            retireDue(now);
            return null;
        });
        reload();
    }

    /** Retires the keys due at the given time; package-visible so tests can move time on. */
    List<String> retireAsOf(Instant now) {
        List<String> retired = locked(ignored -> retireDue(now));
        reload();
        return retired;
    }

    /** Retires the keys that stopped signing long enough ago. */
    private List<String> retireDue(Instant now) {
        List<String> retired =
                jdbc.queryForList("""
                update platform.signing_key set retired_at = ?, private_key = null
                where retired_at is null and superseded_at is not null and superseded_at <= ?
                returning kid""", String.class, Timestamp.from(now), Timestamp.from(now.minus(retirementDelay)));
        for (String kid : retired) {
            audit.record(AuditEntry.of("signing-key.retired", null, null, kid));
            log.info("retired signing key {}", kid);
        }
        return retired;
    }

    /** Runs a change of the keys in a transaction, holding the lock that serialises replicas. */
    private <T> T locked(java.util.function.Function<Instant, T> change) {
        return transaction.execute(status -> {
            jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, KEY_LOCK);
            return change.apply(Instant.now());
        });
    }

    private Rotation rotate(Instant now) {
        String previous =
                jdbc.queryForList("""
                        select kid from platform.signing_key where superseded_at is null and retired_at is null
                        order by created_at desc limit 1""", String.class).stream().findFirst().orElse(null);
        RSAKey key = generate();
        jdbc.update(
                "insert into platform.signing_key (kid, public_jwk, private_key, created_at) values (?, ?, ?, ?)",
                key.getKeyID(),
                key.toPublicJWK().toJSONString(),
                encryption.seal(key.getKeyID(), privateBytes(key)),
                Timestamp.from(now));
        jdbc.update(
                "update platform.signing_key set superseded_at = ? where superseded_at is null and kid <> ?",
                Timestamp.from(now),
                key.getKeyID());
        retireDue(now);
        List<String> published = jdbc.queryForList(
                "select kid from platform.signing_key where retired_at is null order by created_at desc", String.class);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("signingKeyId", key.getKeyID());
        after.put("publishedKeyIds", published);
        audit.record(AuditEntry.of("signing-key.rotated", null, null, key.getKeyID())
                .before(previous == null ? null : Map.of("signingKeyId", previous))
                .after(after));
        log.info("signing key {} signs from now on (was {})", key.getKeyID(), previous);
        return new Rotation(key.getKeyID(), published);
    }

    private Loaded current() {
        Loaded current = loaded;
        if (current.at().plus(CACHE_TTL).isBefore(Instant.now())) {
            return reload();
        }
        return current;
    }

    private boolean mayReloadForUnknownKid() {
        Instant now = Instant.now();
        synchronized (this) {
            if (lastUnknownKidReload.plus(UNKNOWN_KID_RELOAD_INTERVAL).isAfter(now)) {
                return false;
            }
            lastUnknownKidReload = now;
            return true;
        }
    }

    private synchronized Loaded reload() {
        List<JWK> published = new ArrayList<>();
        RSAKey signing = null;
        List<StoredKey> stored = jdbc.query(
                """
                select kid, public_jwk, private_key, superseded_at from platform.signing_key
                where retired_at is null order by created_at desc""",
                (rs, row) -> new StoredKey(
                        rs.getString("kid"),
                        rs.getString("public_jwk"),
                        rs.getBytes("private_key"),
                        rs.getTimestamp("superseded_at") == null));
        for (StoredKey key : stored) {
            RSAKey publicKey = parse(key.publicJwk());
            published.add(publicKey);
            if (signing == null && key.current() && key.sealedPrivate() != null) {
                signing = withPrivatePart(publicKey, encryption.open(key.kid(), key.sealedPrivate()));
            }
        }
        Loaded fresh = new Loaded(List.copyOf(published), signing, Instant.now());
        loaded = fresh;
        return fresh;
    }

    private record StoredKey(String kid, String publicJwk, byte @Nullable [] sealedPrivate, boolean current) {}

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    private static byte[] privateBytes(RSAKey key) {
        try {
            return key.toRSAPrivateKey().getEncoded();
        } catch (JOSEException e) {
            throw new IllegalStateException("generated key has no private part", e);
        }
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("stored signing key is not an RSA JWK", e);
        }
    }

    private static RSAKey withPrivatePart(RSAKey publicKey, byte[] pkcs8) {
        try {
            RSAPrivateKey privateKey =
                    (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return new RSAKey.Builder(publicKey).privateKey(privateKey).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored signing key " + publicKey.getKeyID() + " is damaged", e);
        }
    }
}
