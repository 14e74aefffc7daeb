package io.onedoor.gateway;

import static io.onedoor.gateway.GatewayClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.gateway.StandInService.Received;
import io.onedoor.support.tenancy.TenantDirectoryEntry.Status;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoutingIntegrationTest extends GatewayIntegrationTest {

    @Test
    void theBrowsersCookiesReachTheAuthorizationServerButNeverTheApi() {
        directory.write("xj-altay", Status.ACTIVE);
        String cookie = "ONEDOOR_SESSION=a-login-session";

        gateway.get("/api/v1/tenants/xj-altay/matters", "Authorization", tokens.staff("xj-altay"), "Cookie", cookie);
        gateway.get("/oauth2/authorize?response_type=code&client_id=onedoor-console", "Cookie", cookie);

        assertThat(caseService.forwarded())
                .singleElement()
                .satisfies(received -> assertThat(received.hasHeader("Cookie")).isFalse());
        assertThat(tenantService.forwarded())
                .singleElement()
                .satisfies(received -> assertThat(received.header("Cookie")).isEqualTo(cookie));
    }

    @Test
    void activeTenantIsForwardedWithInternalHeadersStrippedAndRequestIdAdded() {
        directory.write("xj-altay", Status.ACTIVE);
        String token = tokens.staff("xj-altay");

        HttpResponse<String> response = gateway.get(
                "/api/v1/tenants/xj-altay/matters?status=OPEN&page=2",
                "Authorization",
                token,
                "X-Request-Id",
                "client-chosen-id",
                "X-Onedoor-Tenant",
                "other-county",
                "X-Onedoor-User",
                "operator",
                "X-Tenant-Id",
                "other-county",
                "X-Forwarded-For",
                "203.0.113.7",
                "X-Forwarded-Host",
                "evil.example",
                "Forwarded",
                "for=203.0.113.7;host=evil.example",
                "Accept",
                "application/json");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("case-service");
        List<Received> forwarded = caseService.forwarded();
        assertThat(forwarded).hasSize(1);
        Received received = forwarded.getFirst();
        assertThat(received.path()).isEqualTo("/api/v1/tenants/xj-altay/matters");
        assertThat(received.query()).isEqualTo("status=OPEN&page=2");
        assertThat(received.header("Accept")).isEqualTo("application/json");
        // The service verifies the token again: it arrives as the client sent it.
        assertThat(received.header("Authorization")).isEqualTo(token);

        String requestId = received.header("X-Request-Id");
        assertThat(requestId).isNotEqualTo("client-chosen-id");
        assertThat(UUID.fromString(requestId)).isNotNull();
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue(requestId);

        assertThat(received.header("X-Onedoor-Tenant")).isEqualTo("xj-altay");
        assertThat(received.hasHeader("X-Onedoor-User")).isFalse();
        assertThat(received.hasHeader("X-Tenant-Id")).isFalse();
        assertThat(received.header("X-Forwarded-For")).isEqualTo("127.0.0.1");
        assertThat(received.header("X-Forwarded-Host")).doesNotContain("evil.example");
        assertThat(received.headers().toString()).doesNotContain("203.0.113.7").doesNotContain("evil.example");
    }

    @Test
    void eachRequestGetsItsOwnRequestId() {
        directory.write("id-county", Status.ACTIVE);

        String token = tokens.staff("id-county");
        gateway.get("/api/v1/tenants/id-county/matters", "Authorization", token);
        gateway.get("/api/v1/tenants/id-county/matters", "Authorization", token);

        assertThat(caseService.forwarded())
                .extracting(received -> received.header("X-Request-Id"))
                .doesNotContainNull()
                .doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/internal/v1/tenant-directory/xj-altay",
                "/internal/v1/tenant-schemas/xj-altay",
                "/api/v1/tenants/xj-altay/matters/../../../../internal/v1/tenant-directory/xj-altay",
                "/api/v1/tenants/xj-altay/matters/%2E%2E/%2E%2E/%2E%2E/%2E%2E/internal/v1/tenant-directory/xj-altay",
                "/api/v1/tenants/xj-altay/matters/..%2F..%2F..%2F..%2Finternal",
                "/api/v1/tenants/xj-altay/matters/..;/..;/..;/..;/internal/v1/tenant-directory/xj-altay",
                "/api/v1/tenants/xj-altay/matters/%252E%252E/internal",
                "/api/v1/tenants/xj-altay/configuration-drafts",
                "/api/v1/tenants/xj-altay/configuration-workbook/../../../../internal/v1/tenant-configurations/xj-altay",
                "/actuator/env",
                "/no/such/path"
            })
    void internalAndUnknownPathsAreNotRoutable(String rawPath) {
        directory.write("xj-altay", Status.ACTIVE);
        // Holding a valid token for the tenant changes nothing.
        String token = tokens.staff("xj-altay");

        HttpResponse<String> get = gateway.get(rawPath, "Authorization", token);
        HttpResponse<String> put =
                gateway.send("PUT", rawPath, "{\"divisionCode\":\"654300\"}", "Authorization", token);

        assertProblem(get, 404, "not-found");
        assertProblem(put, 404, "not-found");
        assertThat(get.body()).doesNotContain("internal").doesNotContain("xj-altay");
        assertThat(caseService.forwarded()).isEmpty();
        assertThat(tenantService.forwarded()).isEmpty();
    }

    @Test
    void aCentersConfigurationReachesTenantServiceThroughTheTenantGate() {
        directory.write("config-county", Status.ACTIVE);
        directory.write("config-paused", Status.SUSPENDED);
        String admin = tokens.bearer(Tokens.person(
                "TENANT_ADMIN", "config-county", TenantDirectoryFixture.PROVINCE, "config:read", "config:write"));
        String pausedAdmin = tokens.bearer(Tokens.person(
                "TENANT_ADMIN", "config-paused", TenantDirectoryFixture.PROVINCE, "config:read", "config:write"));

        HttpResponse<String> read = gateway.get("/api/v1/tenants/config-county/configuration", "Authorization", admin);
        HttpResponse<String> section = gateway.send(
                "PUT",
                "/api/v1/tenants/config-county/configuration/departments",
                "{\"departments\":[]}",
                "If-Match",
                "\"1\"",
                "Authorization",
                admin);
        HttpResponse<String> presence =
                gateway.get("/api/v1/tenants/config-county/presence?date=2026-11-23", "Authorization", admin);
        HttpResponse<String> suspended =
                gateway.get("/api/v1/tenants/config-paused/configuration", "Authorization", pausedAdmin);

        for (HttpResponse<String> response : List.of(read, section, presence)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains("tenant-service");
        }
        assertThat(suspended.statusCode()).isEqualTo(403);
        assertThat(tenantService.forwarded())
                .extracting(received -> received.method() + " " + received.path())
                .containsExactly(
                        "GET /api/v1/tenants/config-county/configuration",
                        "PUT /api/v1/tenants/config-county/configuration/departments",
                        "GET /api/v1/tenants/config-county/presence");
    }

    @Test
    void operatorRoutesReachTenantServiceEvenWhenSuspended() {
        directory.write("paused-town", Status.SUSPENDED);
        String operator = tokens.operator(TenantDirectoryFixture.PROVINCE);

        HttpResponse<String> list = gateway.get("/api/v1/tenants?status=SUSPENDED", "Authorization", operator);
        HttpResponse<String> show = gateway.get("/api/v1/tenants/paused-town", "Authorization", operator);
        HttpResponse<String> resume =
                gateway.send("DELETE", "/api/v1/tenants/paused-town/suspension", null, "Authorization", operator);
        HttpResponse<String> suspend = gateway.send(
                "PUT",
                "/api/v1/tenants/paused-town/suspension",
                "{\"reason\":\"audit\"}",
                "If-Match",
                "\"3\"",
                "Authorization",
                operator);

        for (HttpResponse<String> response : List.of(list, show, resume, suspend)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains("tenant-service");
        }
        assertThat(tenantService.forwarded())
                .extracting(received -> received.method() + " " + received.path())
                .containsExactly(
                        "GET /api/v1/tenants",
                        "GET /api/v1/tenants/paused-town",
                        "DELETE /api/v1/tenants/paused-town/suspension",
                        "PUT /api/v1/tenants/paused-town/suspension");
        Received suspension = tenantService.forwarded().getLast();
        assertThat(suspension.body()).isEqualTo("{\"reason\":\"audit\"}");
        assertThat(suspension.header("If-Match")).isEqualTo("\"3\"");
        assertThat(suspension.header("X-Request-Id")).isNotBlank();
        // Not a tenant-scoped request: the gateway does not vouch for a tenant here.
        assertThat(suspension.hasHeader("X-Onedoor-Tenant")).isFalse();
        assertThat(caseService.forwarded()).isEmpty();
    }

    @Test
    void theAuthorizationServersEndpointsReachTenantServiceWithoutAToken() {
        String clientCredentials = "Basic bm0tamFydWQtc3luYzpzZWNyZXQ=";

        List<HttpResponse<String>> responses = List.of(
                gateway.get("/oauth2/authorize?response_type=code&client_id=onedoor-console&code_challenge=abc"),
                gateway.send(
                        "POST",
                        "/oauth2/token",
                        "grant_type=client_credentials",
                        "Authorization",
                        clientCredentials,
                        "X-Onedoor-Tenant",
                        "xj-altay"),
                gateway.get("/oauth2/jwks"),
                gateway.get("/login"),
                gateway.send("POST", "/login", "username=a&password=b"),
                gateway.get("/logout"),
                gateway.get("/.well-known/openid-configuration"),
                // The authorization server judges its own bearer tokens: the gateway passes them on.
                gateway.get("/userinfo", "Authorization", "Bearer not-checked-here"),
                gateway.get("/connect/register"));

        for (HttpResponse<String> response : responses) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains("tenant-service");
        }
        assertThat(tenantService.forwarded())
                .extracting(received -> received.method() + " " + received.path())
                .containsExactly(
                        "GET /oauth2/authorize",
                        "POST /oauth2/token",
                        "GET /oauth2/jwks",
                        "GET /login",
                        "POST /login",
                        "GET /logout",
                        "GET /.well-known/openid-configuration",
                        "GET /userinfo",
                        "GET /connect/register");
        Received token = tenantService.forwarded().get(1);
        assertThat(token.header("Authorization")).isEqualTo(clientCredentials);
        assertThat(token.body()).isEqualTo("grant_type=client_credentials");
        assertThat(token.hasHeader("X-Onedoor-Tenant")).isFalse();
        assertThat(token.header("X-Request-Id")).isNotBlank();
        assertThat(tenantService.forwarded().getFirst().query()).contains("client_id=onedoor-console");
        assertThat(caseService.forwarded()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/oauth2/../api/v1/tenants/xj-altay/matters",
                "/oauth2/%2E%2E/api/v1/tenants/xj-altay/matters",
                "/oauth2/..%2Finternal/v1/tenant-directory/xj-altay",
                "/login/..;/api/v1/tenants/xj-altay/matters"
            })
    void theUnauthenticatedRoutesCannotBeUsedToReachAnythingElse(String rawPath) {
        directory.write("xj-altay", Status.ACTIVE);

        HttpResponse<String> response = gateway.get(rawPath);

        assertThat(response.statusCode()).isIn(401, 404);
        assertThat(caseService.forwarded()).isEmpty();
        assertThat(tenantService.forwarded()).isEmpty();
    }

    @Test
    void healthIsUp() {
        HttpResponse<String> response = gateway.get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }
}
