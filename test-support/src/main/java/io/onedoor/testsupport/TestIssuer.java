package io.onedoor.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the platform's authorization server in tests of the services that only verify
 * tokens: it serves a JWKS over HTTP and signs tokens with the claims of docs/security.md, and it
 * makes the bad tokens an attacker would try (expired, signed by a key nobody published, {@code
 * alg: none}). Like the real issuer it answers the client-credentials grant of the platform's own
 * services at {@code /oauth2/token}, for the clients a test registers, with service tokens.
 */
public final class TestIssuer implements AutoCloseable {

    private final HttpServer server;
    private final List<RSAKey> published = new CopyOnWriteArrayList<>();
    private final Map<String, String> serviceClients = new ConcurrentHashMap<>();
    private final AtomicInteger serviceTokensIssued = new AtomicInteger();
    private volatile RSAKey signing;

    private TestIssuer(HttpServer server, RSAKey signing) {
        this.server = server;
        this.signing = signing;
        this.published.add(signing);
    }

    public static TestIssuer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            TestIssuer issuer = new TestIssuer(server, newKey());
            server.createContext("/oauth2/jwks", exchange -> {
                byte[] body = issuer.jwks().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.createContext("/oauth2/token", issuer::grantServiceToken);
            server.start();
            return issuer;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String jwkSetUri() {
        return issuer() + "/oauth2/jwks";
    }

    /** Where services obtain their tokens with the client-credentials grant. */
    public String tokenUri() {
        return issuer() + "/oauth2/token";
    }

    /** Lets a service client obtain service tokens at {@link #tokenUri()} with this secret. */
    public TestIssuer acceptServiceClient(String clientId, String secret) {
        serviceClients.put(clientId, secret);
        return this;
    }

    /** How many service tokens the token endpoint has issued. */
    public int serviceTokensIssued() {
        return serviceTokensIssued.get();
    }

    /**
     * Whether an Authorization header carries a service token of this issuer for that client, as
     * the real services verify it (signature by a published key, issuer, expiry, audience, role).
     */
    public boolean isServiceToken(String authorization, String clientId) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        try {
            SignedJWT jwt = SignedJWT.parse(authorization.substring("Bearer ".length()));
            RSAKey key = published.stream()
                    .filter(k -> k.getKeyID().equals(jwt.getHeader().getKeyID()))
                    .findFirst()
                    .orElse(null);
            if (key == null
                    || !JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
                    || !jwt.verify(new RSASSAVerifier(key))) {
                return false;
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            return issuer().equals(claims.getIssuer())
                    && claims.getExpirationTime().after(new Date())
                    && claims.getAudience().contains("service")
                    && clientId.equals(claims.getClaim("client_id"))
                    && String.valueOf(claims.getClaim("roles")).contains("SERVICE");
        } catch (ParseException | JOSEException | RuntimeException e) {
            return false;
        }
    }

    /** A valid service token of that client, as the real issuer makes them. */
    public String serviceToken(String clientId) {
        return token(service(clientId));
    }

    /** Publishes a new signing key; the old one stays published, as a real rotation does. */
    public void rotate() {
        RSAKey next = newKey();
        published.add(next);
        signing = next;
    }

    /** A valid token with these claims (plus iss, iat, exp in 5 minutes and a jti). */
    public String token(Map<String, Object> claims) {
        return sign(signing, claims, Duration.ofMinutes(5));
    }

    /** A genuine token that expires after the given time. */
    public String token(Map<String, Object> claims, Duration lifetime) {
        return sign(signing, claims, lifetime);
    }

    public String expired(Map<String, Object> claims) {
        return sign(signing, claims, Duration.ofMinutes(-10));
    }

    public String signedByUnpublishedKey(Map<String, Object> claims) {
        return sign(newKey(), claims, Duration.ofMinutes(5));
    }

    /** The same claims with {@code alg: none} and no signature. */
    public String unsigned(Map<String, Object> claims) {
        return new PlainJWT(claimsSet(claims, Duration.ofMinutes(5))).serialize();
    }

    /** The claims of a service token (docs/security.md): the service audience, role and scope. */
    public static Map<String, Object> service(String clientId) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", clientId);
        claims.put("client_id", clientId);
        claims.put("aud", List.of("service"));
        claims.put("roles", List.of("SERVICE"));
        claims.put("scope", "internal");
        return claims;
    }

    public static Map<String, Object> staff(String tenant, String orgUnit, String... scopes) {
        return person(
                "STAFF",
                tenant,
                "150000",
                orgUnit,
                scopes.length == 0 ? new String[] {"cases:read", "cases:write"} : scopes);
    }

    public static Map<String, Object> operator(String province) {
        return person(
                "OPERATOR", null, province, null, "tenants:read", "tenants:write", "accounts:write", "audit:read");
    }

    public static Map<String, Object> integrator(String tenant, String... scopes) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", "client-" + tenant);
        claims.put("client_id", "client-" + tenant);
        claims.put("tenant", tenant);
        claims.put("province", "150000");
        claims.put("roles", List.of("INTEGRATOR"));
        claims.put("scope", String.join(" ", scopes));
        return claims;
    }

    public static Map<String, Object> person(
            String role, String tenant, String province, String orgUnit, String... scopes) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", UUID.randomUUID().toString());
        claims.put("client_id", "onedoor-console");
        if (tenant != null) {
            claims.put("tenant", tenant);
        }
        claims.put("province", province);
        if (orgUnit != null) {
            claims.put("org_unit", orgUnit);
        }
        claims.put("roles", List.of(role));
        claims.put("scope", String.join(" ", scopes));
        return claims;
    }

    /** The client-credentials grant, with HTTP Basic client authentication as the services use it. */
    private void grantServiceToken(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String clientId = basicClient(exchange.getRequestHeaders().getFirst("Authorization"));
            if (!"POST".equals(exchange.getRequestMethod())
                    || !body.contains("grant_type=client_credentials")
                    || clientId == null) {
                answer(exchange, 401, "{\"error\":\"invalid_client\"}");
                return;
            }
            serviceTokensIssued.incrementAndGet();
            answer(
                    exchange,
                    200,
                    "{\"access_token\":\"" + serviceToken(clientId)
                            + "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"internal\"}");
        }
    }

    /** The client id of valid Basic credentials of a registered service client, else null. */
    private String basicClient(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return null;
        }
        // Form-encoded before Basic encoding (RFC 6749 2.3.1); the tests' ids and secrets need none.
        String clientId = decoded.substring(0, colon);
        return Objects.equals(serviceClients.get(clientId), decoded.substring(colon + 1)) ? clientId : null;
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String json)
            throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String jwks() {
        List<com.nimbusds.jose.jwk.JWK> keys = new ArrayList<>();
        published.forEach(key -> keys.add(key.toPublicJWK()));
        return new JWKSet(keys).toString();
    }

    private String sign(RSAKey key, Map<String, Object> claims, Duration lifetime) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claimsSet(claims, lifetime));
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private JWTClaimsSet claimsSet(Map<String, Object> claims, Duration lifetime) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .issueTime(Date.from(now.minusSeconds(lifetime.isNegative() ? 3600 : 0)))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString());
        claims.forEach(builder::claim);
        return builder.build();
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
