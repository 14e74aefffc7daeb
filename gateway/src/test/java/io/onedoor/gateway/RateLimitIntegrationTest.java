package io.onedoor.gateway;

import static io.onedoor.gateway.GatewayClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.support.tenancy.TenantDirectoryEntry.Status;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RateLimitIntegrationTest extends GatewayIntegrationTest {

    @Test
    void rateLimitAnswers429WithRetryAfterPerTenant() {
        // GatewayTest.TIGHT_TENANT may send one request per three seconds; roomy-county has the default.
        directory.write(GatewayTest.TIGHT_TENANT, Status.ACTIVE);
        directory.write("roomy-county", Status.ACTIVE);
        String tightPath = "/api/v1/tenants/" + GatewayTest.TIGHT_TENANT + "/matters";

        // Two different people: the tenant's budget is shared by all its callers.
        HttpResponse<String> allowed = gateway.get(tightPath, AUTHORIZATION, tokens.staff(GatewayTest.TIGHT_TENANT));
        HttpResponse<String> limited = gateway.get(tightPath, AUTHORIZATION, tokens.staff(GatewayTest.TIGHT_TENANT));

        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        JsonNode problem = assertProblem(limited, 429, "rate-limited");
        assertThat(problem.path("detail").asString()).contains("tenant");
        long retryAfter =
                Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 3L);
        assertThat(limited.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        assertThat(limited.headers().firstValue("X-RateLimit-Replenish-Rate")).hasValue("1");
        assertThat(limited.headers().firstValue("X-RateLimit-Burst-Capacity")).hasValue("3");
        assertThat(caseService.forwardedFor(GatewayTest.TIGHT_TENANT)).hasSize(1);

        // The other tenant's bucket is untouched.
        String roomy = tokens.staff("roomy-county");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> response = gateway.get("/api/v1/tenants/roomy-county/matters", AUTHORIZATION, roomy);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
        assertThat(caseService.forwardedFor("roomy-county")).hasSize(5);
    }

    @Test
    void aClientOverItsLimitIs429WhileAnotherClientOfTheSameTenantPasses() {
        directory.write("client-county", Status.ACTIVE);
        String path = "/api/v1/tenants/client-county/matters";
        String tight = tokens.bearer(Tokens.integrator(
                GatewayTest.TIGHT_CLIENT, "client-county", TenantDirectoryFixture.PROVINCE, "cases:read"));
        String other = tokens.bearer(
                Tokens.integrator("other-client", "client-county", TenantDirectoryFixture.PROVINCE, "cases:read"));

        HttpResponse<String> allowed = gateway.get(path, AUTHORIZATION, tight);
        // Claiming to come from elsewhere does not buy a fresh bucket.
        HttpResponse<String> limited =
                gateway.get(path, AUTHORIZATION, tight, "X-Forwarded-For", "198.51.100.23", "X-Onedoor-Client", "x");

        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
        JsonNode problem = assertProblem(limited, 429, "rate-limited");
        assertThat(problem.path("detail").asString()).contains("client");
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 3L);
        assertThat(limited.headers().firstValue("X-RateLimit-Burst-Capacity")).hasValue("3");
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> response = gateway.get(path, AUTHORIZATION, other);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
        assertThat(caseService.forwardedFor("client-county"))
                .extracting(received -> received.header(AUTHORIZATION))
                .containsExactly(tight, other, other, other);
    }

    @Test
    void aProvincialCallerIsLimitedByItsClientAloneAndEachPersonOfASharedClientHasABucket() {
        // Two operators logged in through the same (tight) client: no tenant bucket applies, and
        // one operator's exhaustion leaves the other's bucket whole.
        String first = tokens.bearer(operatorThrough(GatewayTest.TIGHT_CLIENT));
        String second = tokens.bearer(operatorThrough(GatewayTest.TIGHT_CLIENT));

        HttpResponse<String> allowed = gateway.get("/api/v1/tenants", AUTHORIZATION, first);
        HttpResponse<String> limited = gateway.get("/api/v1/tenants", AUTHORIZATION, first);
        HttpResponse<String> colleague = gateway.get("/api/v1/tenants", AUTHORIZATION, second);

        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
        assertProblem(limited, 429, "rate-limited");
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(colleague.statusCode()).as(colleague.body()).isEqualTo(200);
        assertThat(tenantService.forwarded()).hasSize(2);
    }

    @Test
    void aLimitTheOperatorSetAppliesFromTheNextRequestAndAResetRestoresTheDefault() {
        directory.write("limited-county", Status.ACTIVE);
        String path = "/api/v1/tenants/limited-county/matters";
        String limitKey = "onedoor:rate-limit:{tenant:limited-county}";
        assertThat(gateway.get(path, AUTHORIZATION, tokens.staff("limited-county"))
                        .statusCode())
                .isEqualTo(200);

        // What tenant-service writes when the province's operator sets the tenant's limit.
        redis.opsForHash()
                .putAll(limitKey, java.util.Map.of("replenish-rate", "1", "burst-capacity", "2", "version", "1"))
                .block();
        HttpResponse<String> first = gateway.get(path, AUTHORIZATION, tokens.staff("limited-county"));
        HttpResponse<String> second = gateway.get(path, AUTHORIZATION, tokens.staff("limited-county"));
        HttpResponse<String> third = gateway.get(path, AUTHORIZATION, tokens.staff("limited-county"));

        assertThat(first.headers().firstValue("X-RateLimit-Burst-Capacity")).hasValue("2");
        assertThat(first.headers().firstValue("X-RateLimit-Replenish-Rate")).hasValue("1");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertProblem(third, 429, "rate-limited");

        // A reset keeps only the version: the configured default applies again.
        redis.opsForHash().remove(limitKey, "replenish-rate", "burst-capacity").block();
        HttpResponse<String> afterReset = gateway.get(path, AUTHORIZATION, tokens.staff("limited-county"));
        assertThat(afterReset.statusCode()).as(afterReset.body()).isEqualTo(200);
        assertThat(afterReset.headers().firstValue("X-RateLimit-Burst-Capacity"))
                .hasValue("400");
    }

    private static java.util.Map<String, Object> operatorThrough(String clientId) {
        var claims = Tokens.person("OPERATOR", null, TenantDirectoryFixture.PROVINCE, "tenants:read");
        claims.put("client_id", clientId);
        return claims;
    }
}
