package io.onedoor.gateway;

import static io.onedoor.gateway.GatewayClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.gateway.StandInService.Received;
import io.onedoor.support.tenancy.TenantDirectoryEntry.Status;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

@GatewayTest
class RoutingIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    StandInService caseService;

    @Autowired
    StandInService tenantService;

    @Autowired
    ReactiveStringRedisTemplate redis;

    GatewayClient gateway;
    TenantDirectoryFixture directory;

    @BeforeEach
    void setUp() {
        gateway = new GatewayClient(port);
        directory = new TenantDirectoryFixture(redis);
        caseService.reset();
        tenantService.reset();
    }

    @Test
    void activeTenantIsForwardedWithInternalHeadersStrippedAndRequestIdAdded() {
        directory.write("xj-altay", Status.ACTIVE);

        HttpResponse<String> response = gateway.get(
                "/api/v1/tenants/xj-altay/matters?status=OPEN&page=2",
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

        gateway.get("/api/v1/tenants/id-county/matters");
        gateway.get("/api/v1/tenants/id-county/matters");

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
                "/api/v1/tenants/xj-altay/configuration",
                "/actuator/env",
                "/no/such/path"
            })
    void internalAndUnknownPathsAreNotRoutable(String rawPath) {
        directory.write("xj-altay", Status.ACTIVE);

        HttpResponse<String> get = gateway.get(rawPath);
        HttpResponse<String> put = gateway.send("PUT", rawPath, "{\"divisionCode\":\"654300\"}");

        assertProblem(get, 404, "not-found");
        assertProblem(put, 404, "not-found");
        assertThat(get.body()).doesNotContain("internal").doesNotContain("xj-altay");
        assertThat(caseService.forwarded()).isEmpty();
        assertThat(tenantService.forwarded()).isEmpty();
    }

    @Test
    void operatorRoutesReachTenantServiceEvenWhenSuspended() {
        directory.write("paused-town", Status.SUSPENDED);

        HttpResponse<String> list = gateway.get("/api/v1/tenants?status=SUSPENDED");
        HttpResponse<String> show = gateway.get("/api/v1/tenants/paused-town");
        HttpResponse<String> resume = gateway.send("DELETE", "/api/v1/tenants/paused-town/suspension", null);
        HttpResponse<String> suspend = gateway.send(
                "PUT", "/api/v1/tenants/paused-town/suspension", "{\"reason\":\"audit\"}", "If-Match", "\"3\"");

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
    void healthIsUp() {
        HttpResponse<String> response = gateway.get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }
}
