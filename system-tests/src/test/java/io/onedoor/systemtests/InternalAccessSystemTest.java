package io.onedoor.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.launcher.Platform;
import io.onedoor.launcher.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Straight at the services' ports, past the gateway, as someone on the cluster network would call:
 * every internal endpoint refuses a request without a valid token (401) and every valid token that
 * is not the service it names (403), and serves that service's token; forged forwarded headers
 * steer neither tenant-service's redirects nor what its audit log records.
 */
class InternalAccessSystemTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Platform platform;
    private static Callers callers;
    private static Map<String, String> serviceTokens;

    @BeforeAll
    static void platform() throws Exception {
        callers = Callers.get();
        platform = callers.platform();
        Tokens internal = new Tokens(platform.tenantServiceUri());
        serviceTokens = Map.of(
                "case-service",
                internal.clientCredentials("case-service", PlatformUnderTest.SECRETS.caseServiceSecret()),
                "gateway",
                internal.clientCredentials("gateway", PlatformUnderTest.SECRETS.gatewaySecret()),
                "operations",
                internal.clientCredentials("operations", PlatformUnderTest.SECRETS.operationsSecret()));
    }

    /** An internal operation at its service's port, and the service it opens to (null: tenant-service's own). */
    record Operation(String id, URI service, String method, String path, String body, String openTo) {}

    private static List<Operation> operations() {
        return List.of(
                new Operation(
                        "lookUpTenant",
                        platform.tenantServiceUri(),
                        "GET",
                        "/internal/v1/tenant-directory/nm-jarud",
                        null,
                        "gateway"),
                new Operation(
                        "getConfigurationSnapshot",
                        platform.tenantServiceUri(),
                        "GET",
                        "/internal/v1/tenant-configurations/nm-jarud",
                        null,
                        "case-service"),
                new Operation(
                        "rotateSigningKey",
                        platform.tenantServiceUri(),
                        "POST",
                        "/internal/v1/signing-keys/rotation",
                        "{}",
                        "operations"),
                // tenant-service signs its own token in-process; no one else can obtain it, and
                // onboarding the demo province (provisioning) and saving configurations (open-matter
                // counts) show it is accepted.
                new Operation(
                        "provisionTenantSchema",
                        platform.caseServiceUri(),
                        "PUT",
                        "/internal/v1/tenant-schemas/nm-jarud",
                        "{\"divisionCode\":\"150526\"}",
                        null),
                new Operation(
                        "findOpenMatterReferences",
                        platform.caseServiceUri(),
                        "GET",
                        "/internal/v1/tenants/nm-jarud/open-matter-references?categories=labor.wage-arrears",
                        null,
                        null));
    }

    @Test
    void everyInternalEndpointRefusesACallerWithoutAValidToken() throws Exception {
        for (Operation operation : operations()) {
            HttpResponse<String> none = call(operation, null, Map.of());
            assertThat(none.statusCode())
                    .as(operation.id() + " without a token")
                    .isEqualTo(401);
            assertThat(problemType(none)).endsWith("/unauthenticated");

            HttpResponse<String> garbage = call(operation, "garbage.not.a-token", Map.of());
            assertThat(garbage.statusCode())
                    .as(operation.id() + " with a garbage token")
                    .isEqualTo(401);
            assertThat(problemType(garbage)).endsWith("/invalid-token");
        }
    }

    @Test
    void everyInternalEndpointRefusesEveryValidTokenButTheServiceItNames() throws Exception {
        Map<String, String> others = new LinkedHashMap<>();
        others.put("operator", callers.operator());
        others.put("staff", callers.staff("nm-jarud"));
        others.put("admin", callers.admin("nm-jarud"));
        others.put("integrator", callers.hotline("nm-jarud"));
        for (Operation operation : operations()) {
            Map<String, String> refused = new LinkedHashMap<>(others);
            serviceTokens.forEach((service, token) -> {
                if (!service.equals(operation.openTo())) {
                    refused.put(service + "'s service token", token);
                }
            });
            for (var caller : refused.entrySet()) {
                // Forged internal headers add nothing to what the token allows.
                HttpResponse<String> answer = call(
                        operation,
                        caller.getValue(),
                        Map.of(
                                "X-Onedoor-Tenant", "nm-jarud",
                                "X-Onedoor-Roles", "SERVICE",
                                "X-Forwarded-For", "127.0.0.1",
                                "X-Request-Id", "forged-request-id-0001"));
                assertThat(answer.statusCode())
                        .as(operation.id() + " as " + caller.getKey())
                        .isEqualTo(403);
                assertThat(problemType(answer)).endsWith("/forbidden");
            }
        }
    }

    @Test
    void everyInternalEndpointServesTheServiceItNames() throws Exception {
        for (Operation operation : operations()) {
            if (operation.openTo() == null) {
                continue;
            }
            HttpResponse<String> answer = call(operation, serviceTokens.get(operation.openTo()), Map.of());
            assertThat(answer.statusCode()).as(operation.id()).isEqualTo(200);
        }
    }

    @Test
    void aServiceTokenOpensNothingOfThePublicApi() throws Exception {
        String gateway = serviceTokens.get("gateway");
        assertThat(send(platform.gatewayUri(), "GET", "/api/v1/tenants/nm-jarud/matters", gateway, null, Map.of())
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(platform.caseServiceUri(), "GET", "/api/v1/tenants/nm-jarud/matters", gateway, null, Map.of())
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(platform.tenantServiceUri(), "GET", "/api/v1/identity/me", gateway, null, Map.of())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aForgedForwardedForStraightToTenantServiceIsNotWhatTheAuditRecords() throws Exception {
        String name = "forged-from " + System.nanoTime();
        HttpResponse<String> created = send(
                platform.tenantServiceUri(),
                "POST",
                "/api/v1/tenants/nm-horqin/clients",
                callers.admin("nm-horqin"),
                "{\"name\":\"" + name + "\",\"scopes\":[\"cases:read\"]}",
                Map.of("X-Forwarded-For", "203.0.113.66", "Forwarded", "for=198.51.100.66"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String clientId = JSON.readTree(created.body()).path("clientId").asString();

        HttpResponse<String> audit = send(
                platform.gatewayUri(),
                "GET",
                "/api/v1/tenants/nm-horqin/audit-events?action=client.created&limit=50",
                callers.auditor("nm-horqin"),
                null,
                Map.of());
        assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
        JsonNode event = null;
        for (JsonNode item : JSON.readTree(audit.body()).path("items")) {
            if (clientId.equals(item.path("target").asString())) {
                event = item;
            }
        }
        assertThat(event).as("the audit event of " + clientId).isNotNull();
        assertThat(event.path("from").asString())
                .isNotIn("203.0.113.66", "198.51.100.66")
                .isEqualTo("127.0.0.1");
    }

    @Test
    void forgedForwardedHostStraightToTenantServiceDoesNotSteerTheLoginRedirectButTheGatewaysDoes() throws Exception {
        String authorize = "/oauth2/authorize?response_type=code&client_id=onedoor-console&scope=openid"
                + "&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fconsole%2Fcallback"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";

        HttpResponse<String> straight = send(
                platform.tenantServiceUri(),
                "GET",
                authorize,
                null,
                null,
                Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https"));
        HttpResponse<String> viaGateway = send(platform.gatewayUri(), "GET", authorize, null, null, Map.of());

        assertThat(straight.statusCode()).isEqualTo(302);
        assertThat(straight.headers().firstValue("Location").orElseThrow())
                .doesNotContain("evil.example")
                .startsWith("http://")
                .contains(":" + platform.tenantServiceUri().getPort() + "/login");
        assertThat(viaGateway.statusCode()).isEqualTo(302);
        assertThat(viaGateway.headers().firstValue("Location").orElseThrow())
                .contains(":" + platform.gatewayUri().getPort() + "/login");
    }

    private static HttpResponse<String> call(Operation operation, String token, Map<String, String> headers)
            throws Exception {
        return send(operation.service(), operation.method(), operation.path(), token, operation.body(), headers);
    }

    private static HttpResponse<String> send(
            URI base, String method, String path, String token, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String problemType(HttpResponse<String> response) {
        return JSON.readTree(response.body()).path("type").asString();
    }
}
