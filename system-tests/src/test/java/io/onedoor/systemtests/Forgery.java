package io.onedoor.systemtests;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.json.JsonMapper;

/** The token forgeries an attacker would try, made from a real token of the platform. */
final class Forgery {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Forgery() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> claims(String token) {
        String payload = token.split("\\.")[1];
        return JSON.readValue(Base64.getUrlDecoder().decode(payload), Map.class);
    }

    /** The same header (key id included) and claims, signed with a key the platform never published. */
    static String signedByAnotherKey(String token) {
        return resign(token, claims -> claims);
    }

    /** The claims changed, signed with another key under the real key id. */
    static String resign(String token, UnaryOperator<JWTClaimsSet> change) {
        try {
            SignedJWT real = SignedJWT.parse(token);
            SignedJWT forged = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(real.getHeader().getKeyID())
                            .build(),
                    change.apply(real.getJWTClaimsSet()));
            forged.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));
            return forged.serialize();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The real token's claims under {@code alg: none}, without a signature. */
    static String unsigned(String token) {
        String header = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }

    /** The real token's payload with one claim changed, keeping the real signature. */
    static String tampered(String token, String claim, Object value) {
        String[] parts = token.split("\\.");
        Map<String, Object> claims = claims(token);
        claims.put(claim, value);
        String payload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(JSON.writeValueAsString(claims).getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + payload + "." + parts[2];
    }

    /** HS256 keyed with bytes an attacker knows (key-confusion attempts use the public key's bytes). */
    static String hmacSigned(String token, byte[] secret) {
        try {
            SignedJWT forged = new SignedJWT(
                    new JWSHeader(JWSAlgorithm.HS256), SignedJWT.parse(token).getJWTClaimsSet());
            forged.sign(new MACSigner(secret));
            return forged.serialize();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
