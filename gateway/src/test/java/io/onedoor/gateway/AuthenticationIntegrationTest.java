package io.onedoor.gateway;

import static io.onedoor.gateway.GatewayClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.onedoor.support.tenancy.TenantDirectoryEntry.Status;
import io.onedoor.testsupport.TestIssuer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class AuthenticationIntegrationTest extends GatewayIntegrationTest {

    private static final String TENANT = "auth-county";
    private static final String MATTERS = "/api/v1/tenants/" + TENANT + "/matters";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeEach
    void tenants() {
        directory.write(TENANT, Status.ACTIVE);
        directory.write("auth-neighbour", Status.ACTIVE);
    }

    @Test
    void noTokenIs401WithABearerChallengeAndIsNeverForwarded() {
        HttpResponse<String> response = gateway.get(MATTERS);

        assertProblem(response, 401, "unauthenticated");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(caseService.forwarded()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Basic c3RhZmY6c2VjcmV0", // another scheme
                "Bearer", // no token
                "Bearer ",
                "Bearer not-a-jwt",
                "Bearer a.b.c",
                "Bearer eyJhbGciOiJSUzI1NiJ9.e30.", // a header and empty claims, no signature
                "Bearer {token} Bearer {token}", // two tokens in one header
                "Bearer {token}, Bearer {token}",
                "Bearer  {token}", // two spaces
                "Token {token}",
                "{token}" // no scheme at all
            })
    void anAuthorizationHeaderThatIsNoSingleValidBearerTokenIs401InvalidToken(String header) {
        String value = header.replace("{token}", tokenForTenant());

        HttpResponse<String> response = gateway.get(MATTERS, AUTHORIZATION, value);

        assertProblem(response, 401, "invalid-token");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
        assertThat(caseService.forwarded()).isEmpty();
    }

    @Test
    void twoAuthorizationHeadersAre401EvenWhenBothHoldTheSameValidToken() {
        String token = tokens.staff(TENANT);

        HttpResponse<String> response = gateway.get(MATTERS, AUTHORIZATION, token, AUTHORIZATION, token);

        assertProblem(response, 401, "invalid-token");
        assertThat(caseService.forwarded()).isEmpty();
    }

    @Test
    void anAuthorizationHeaderOver8KbIs401EvenIfTheTokenIsGenuine() {
        Map<String, Object> claims = staffClaims();
        claims.put("padding", "x".repeat(8 * 1024));
        String token = tokens.bearer(claims);
        assertThat(token.length()).isGreaterThan(8 * 1024);

        HttpResponse<String> response = gateway.get(MATTERS, AUTHORIZATION, token);

        assertProblem(response, 401, "invalid-token");
        assertThat(caseService.forwarded()).isEmpty();
    }

    @Test
    void lowerCaseSchemeIsAcceptedAsRfc6750Allows() {
        String token = tokenForTenant();

        HttpResponse<String> response = gateway.get(MATTERS, AUTHORIZATION, "bearer " + token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void tokensThatDoNotVerifyAreAllAnsweredAlikeAndNeverEchoed() throws Exception {
        TestIssuer issuer = tokens.issuer();
        Map<String, Object> claims = staffClaims();
        Map<String, Object> foreignIssuer = new HashMap<>(claims);
        foreignIssuer.put("iss", "https://evil.example");
        Map<String, Object> noClientId = new HashMap<>(claims);
        noClientId.remove("client_id");
        List<String> invalid = List.of(
                issuer.expired(claims),
                issuer.signedByUnpublishedKey(claims),
                issuer.unsigned(claims),
                issuer.token(foreignIssuer),
                // An ID token of the same issuer is no access token: it has no client_id.
                issuer.token(noClientId),
                hs256(claims, publishedPublicKeyBytes()), // the published RSA key as an HMAC secret
                hs256(claims, "a-secret-at-least-thirty-two-bytes-long".getBytes()),
                tamperedClaims(issuer.token(claims)));

        List<JsonNode> answers = new ArrayList<>();
        for (String token : invalid) {
            HttpResponse<String> response = gateway.get(MATTERS, AUTHORIZATION, "Bearer " + token);
            JsonNode problem = assertProblem(response, 401, "invalid-token");
            assertThat(response.body()).doesNotContain(token.substring(0, 20)).doesNotContain("evil");
            answers.add(withoutRequestId(problem));
        }

        assertThat(answers).allSatisfy(answer -> assertThat(answer).isEqualTo(answers.getFirst()));
        assertThat(caseService.forwarded()).isEmpty();
    }

    @Test
    void aRotatedKeyIsPickedUpWithoutRestartAndTheOldKeyKeepsWorking() {
        String beforeRotation = tokens.staff(TENANT);
        assertThat(gateway.get(MATTERS, AUTHORIZATION, beforeRotation).statusCode())
                .isEqualTo(200);

        tokens.issuer().rotate();
        String afterRotation = tokens.staff(TENANT);
        // The gateway fetches the key set again on the first unknown key id, at most once a
        // second (onedoor.gateway.jwks.min-refetch-interval).
        HttpResponse<String> response = gateway.get(MATTERS, AUTHORIZATION, afterRotation);
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (response.statusCode() != 200 && System.nanoTime() < deadline) {
            sleep(100);
            response = gateway.get(MATTERS, AUTHORIZATION, afterRotation);
        }

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(gateway.get(MATTERS, AUTHORIZATION, beforeRotation).statusCode())
                .isEqualTo(200);
        assertThat(caseService.forwardedFor(TENANT))
                .extracting(received -> received.header(AUTHORIZATION))
                .contains(beforeRotation, afterRotation);
    }

    @Test
    void aTokenThatVerifiedIsRefusedOnceItExpires() {
        // The gateway remembers verified tokens; it must not remember them past their expiry.
        String shortLived = "Bearer "
                + tokens.issuer()
                        .token(
                                Tokens.person("STAFF", TENANT, TenantDirectoryFixture.PROVINCE, "cases:read"),
                                Duration.ofSeconds(2));
        assertThat(gateway.get(MATTERS, AUTHORIZATION, shortLived).statusCode()).isEqualTo(200);

        sleep(3100);

        assertProblem(gateway.get(MATTERS, AUTHORIZATION, shortLived), 401, "invalid-token");
        assertThat(caseService.forwardedFor(TENANT)).hasSize(1);
    }

    @Test
    void forgedInternalHeadersNeverChangeTheDecision() {
        String staff = tokens.staff(TENANT);
        String[] forged = {
            "X-Onedoor-Tenant", "auth-neighbour",
            "X-Tenant-Id", "auth-neighbour",
            "X-Forwarded-For", "10.0.0.1",
            "X-Forwarded-Host", "auth-neighbour.internal",
            "Forwarded", "for=10.0.0.1"
        };

        HttpResponse<String> otherTenant =
                gateway.get("/api/v1/tenants/auth-neighbour/matters", withAuthorization(staff, forged));
        HttpResponse<String> anonymous = gateway.get("/api/v1/tenants/auth-neighbour/matters", forged);
        HttpResponse<String> ownTenant = gateway.get(MATTERS, withAuthorization(staff, forged));

        assertProblem(otherTenant, 403, "forbidden");
        assertProblem(anonymous, 401, "unauthenticated");
        assertThat(ownTenant.statusCode()).as(ownTenant.body()).isEqualTo(200);
        assertThat(caseService.forwarded()).hasSize(1);
        StandInService.Received received = caseService.forwarded().getFirst();
        // The service is told the tenant of the path, never the one the client claimed.
        assertThat(received.header("X-Onedoor-Tenant")).isEqualTo(TENANT);
        assertThat(received.hasHeader("X-Tenant-Id")).isFalse();
        assertThat(received.headers().toString())
                .doesNotContain("auth-neighbour")
                .doesNotContain("10.0.0.1");
    }

    @Test
    void aTokenForAnotherTenantIs403WhetherOrNotThatTenantExists() {
        String staff = tokens.staff(TENANT);

        HttpResponse<String> existing = gateway.get("/api/v1/tenants/auth-neighbour/matters", AUTHORIZATION, staff);
        HttpResponse<String> missing = gateway.get("/api/v1/tenants/no-such-county/matters", AUTHORIZATION, staff);

        // The same answer: a tenant's caller cannot probe which other tenants exist.
        assertProblem(existing, 403, "forbidden");
        assertProblem(missing, 403, "forbidden");
        assertThat(withoutRequestId(JSON.readTree(existing.body())))
                .isEqualTo(withoutRequestId(JSON.readTree(missing.body())));
        assertThat(caseService.forwarded()).isEmpty();
    }

    @Test
    void anOperatorOfAnotherProvinceSeesATenantAsIfItDidNotExist() {
        new TenantDirectoryFixture(redis).write("far-county", Status.ACTIVE, "150000");
        String operator = tokens.operator(TenantDirectoryFixture.PROVINCE);

        HttpResponse<String> elsewhere = gateway.get("/api/v1/tenants/far-county", AUTHORIZATION, operator);
        HttpResponse<String> nowhere = gateway.get("/api/v1/tenants/no-such-county", AUTHORIZATION, operator);

        assertProblem(elsewhere, 404, "tenant-not-found");
        assertProblem(nowhere, 404, "tenant-not-found");
        assertThat(withoutRequestId(JSON.readTree(elsewhere.body())))
                .isEqualTo(withoutRequestId(JSON.readTree(nowhere.body())));
        assertThat(tenantService.forwarded()).isEmpty();
    }

    @Test
    void anApiPathTheSpecDoesNotDeclareIs404EvenWithAValidToken() {
        String staff = tokens.staff(TENANT);

        HttpResponse<String> deeper =
                gateway.get(MATTERS + "/3f1c2b7e-9a64-4d0b-8e25-6c7d1f0a4b93/x", AUTHORIZATION, staff);
        HttpResponse<String> wrongMethod = gateway.send("DELETE", MATTERS, null, AUTHORIZATION, staff);
        // Routed to tenant-service, but no operation is declared for them.
        HttpResponse<String> accounts = gateway.get(
                "/api/v1/tenants/" + TENANT + "/accounts/3f1c2b7e-9a64-4d0b-8e25-6c7d1f0a4b93/nickname",
                AUTHORIZATION,
                staff);
        HttpResponse<String> identity = gateway.get("/api/v1/identity/everyone", AUTHORIZATION, staff);

        assertProblem(deeper, 404, "not-found");
        assertProblem(wrongMethod, 404, "not-found");
        assertProblem(accounts, 404, "not-found");
        assertProblem(identity, 404, "not-found");
        assertThat(caseService.forwarded()).isEmpty();
        assertThat(tenantService.forwarded()).isEmpty();
    }

    private String tokenForTenant() {
        return tokens.issuer().token(staffClaims());
    }

    private static Map<String, Object> staffClaims() {
        return Tokens.person("STAFF", TENANT, TenantDirectoryFixture.PROVINCE, "cases:read", "cases:write");
    }

    private static String[] withAuthorization(String token, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = AUTHORIZATION;
        all[1] = token;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return all;
    }

    private String hs256(Map<String, Object> claims, byte[] secret) throws JOSEException {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(tokens.issuer().issuer())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), builder.build());
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    private byte[] publishedPublicKeyBytes() throws IOException, InterruptedException, ParseException, JOSEException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            String jwks = http.send(
                            HttpRequest.newBuilder(URI.create(tokens.issuer().jwkSetUri()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            RSAKey key = (RSAKey) JWKSet.parse(jwks).getKeys().getFirst();
            return key.toRSAPublicKey().getEncoded();
        }
    }

    /** A genuine token whose claims were swapped for another tenant's after signing. */
    private static String tamperedClaims(String token) {
        String[] parts = token.split("\\.");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
        String forged = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(claims.replace(TENANT, "auth-neighbour").getBytes());
        return parts[0] + "." + forged + "." + parts[2];
    }

    private static JsonNode withoutRequestId(JsonNode problem) {
        ObjectNode copy = (ObjectNode) problem.deepCopy();
        copy.remove("requestId");
        return copy;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
