package io.onedoor.tenants.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.tenants.People;
import io.onedoor.tenants.TenantServiceTest;
import io.onedoor.tenants.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Key rotation without downtime. A context of its own (the property makes it one): retiring keys
 * here must not retire the keys that signed other tests' tokens.
 */
@TenantServiceTest
@TestPropertySource(properties = "onedoor.identity.key-rotation-period=2h")
class SigningKeyRotationIntegrationTest {

    private static final String PROVINCE = "350000";

    @Autowired
    Tokens tokens;

    @Autowired
    People people;

    @Autowired
    SigningKeys keys;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void tokensSignedBeforeARotationStillVerifyAndNewOnesCarryTheNewKey() {
        String before = freshOperatorToken();
        String previousKid = kid(before);

        People.Answer rotation =
                people.call("POST", "/internal/v1/signing-keys/rotation", tokens.service("operations"), null);

        assertThat(rotation.status()).isEqualTo(200);
        String newKid = rotation.body().path("signingKeyId").asString();
        assertThat(newKid).isNotEqualTo(previousKid);
        assertThat(texts(rotation.body().path("publishedKeyIds"))).contains(newKid, previousKid);
        JsonNode jwks = people.call("GET", "/oauth2/jwks", null, null).body();
        assertThat(kids(jwks)).contains(newKid, previousKid);
        jwks.path("keys").forEach(key -> {
            assertThat(key.path("kty").asString()).isEqualTo("RSA");
            assertThat(key.has("d")).as("a private part in the JWKS").isFalse();
        });

        String after = freshOperatorToken();

        assertThat(kid(after)).isEqualTo(newKid);
        assertThat(people.call("GET", "/api/v1/identity/me", before, null).status())
                .isEqualTo(200);
        assertThat(people.call("GET", "/api/v1/identity/me", after, null).status())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.audit_event where action = 'signing-key.rotated' and target = ?",
                        Integer.class,
                        newKid))
                .isEqualTo(1);
    }

    @Test
    void aKeyIsRetiredOnlyOnceEveryTokenItSignedHasExpired() {
        keys.rotate();
        String signedByOld = freshOperatorToken();
        String oldKid = kid(signedByOld);
        Instant superseded = Instant.now();
        keys.rotate();

        // Tokens live 5 minutes and verifiers allow 30 seconds of clock skew.
        assertThat(keys.retireAsOf(superseded.plus(Duration.ofMinutes(5)))).doesNotContain(oldKid);
        assertThat(kids(people.call("GET", "/oauth2/jwks", null, null).body())).contains(oldKid);
        assertThat(people.call("GET", "/api/v1/identity/me", signedByOld, null).status())
                .isEqualTo(200);

        assertThat(keys.retireAsOf(superseded.plus(Duration.ofMinutes(6)))).contains(oldKid);

        assertThat(kids(people.call("GET", "/oauth2/jwks", null, null).body())).doesNotContain(oldKid);
        assertThat(people.call("GET", "/api/v1/identity/me", signedByOld, null).status())
                .isEqualTo(401);
        assertThat(jdbc.queryForObject(
                        "select private_key is null and retired_at is not null from platform.signing_key where kid = ?",
                        Boolean.class,
                        oldKid))
                .as("a retired key keeps no private part")
                .isTrue();
        assertThat(people.call("GET", "/api/v1/identity/me", freshOperatorToken(), null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void privateKeysAreStoredSealed() {
        byte[] sealed = jdbc.queryForObject(
                "select private_key from platform.signing_key where private_key is not null order by created_at desc limit 1",
                byte[].class);
        // DER of a PKCS#8 RSA key names the rsaEncryption OID; a sealed one shows nothing of it.
        assertThat(HexFormat.of().formatHex(sealed)).doesNotContain("2a864886f70d010101");
        assertThat(sealed.length).isGreaterThan(1000);
    }

    private String freshOperatorToken() {
        tokens.operator(PROVINCE);
        return tokens.clientCredentials(Tokens.operatorClientId(PROVINCE), Tokens.OPERATOR_SECRET)
                .accessToken();
    }

    private String kid(String token) {
        return String.valueOf(tokens.header(token).get("kid"));
    }

    private static List<String> kids(JsonNode jwks) {
        List<String> kids = new ArrayList<>();
        jwks.path("keys").forEach(key -> kids.add(key.path("kid").asString()));
        return kids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asString()));
        return texts;
    }
}
