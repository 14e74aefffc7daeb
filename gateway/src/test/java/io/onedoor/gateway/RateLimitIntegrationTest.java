package io.onedoor.gateway;

import static io.onedoor.gateway.GatewayClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.support.tenancy.TenantDirectoryEntry.Status;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

@GatewayTest
class RateLimitIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    StandInService caseService;

    @Autowired
    ReactiveStringRedisTemplate redis;

    GatewayClient gateway;
    TenantDirectoryFixture directory;

    @BeforeEach
    void setUp() {
        gateway = new GatewayClient(port);
        directory = new TenantDirectoryFixture(redis);
        caseService.reset();
    }

    @Test
    void rateLimitAnswers429WithRetryAfterPerTenant() {
        // GatewayTest.TIGHT_TENANT may send one request per three seconds; roomy-county has the default.
        directory.write(GatewayTest.TIGHT_TENANT, Status.ACTIVE);
        directory.write("roomy-county", Status.ACTIVE);
        String tightPath = "/api/v1/tenants/" + GatewayTest.TIGHT_TENANT + "/matters";

        HttpResponse<String> allowed = gateway.get(tightPath);
        HttpResponse<String> limited = gateway.get(tightPath);

        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        assertProblem(limited, 429, "rate-limited");
        long retryAfter =
                Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 3L);
        assertThat(limited.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        assertThat(limited.headers().firstValue("X-RateLimit-Replenish-Rate")).hasValue("1");
        assertThat(limited.headers().firstValue("X-RateLimit-Burst-Capacity")).hasValue("3");
        assertThat(caseService.forwardedFor(GatewayTest.TIGHT_TENANT)).hasSize(1);

        // The other tenant's bucket is untouched.
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> roomy = gateway.get("/api/v1/tenants/roomy-county/matters");
            assertThat(roomy.statusCode()).as(roomy.body()).isEqualTo(200);
            assertThat(roomy.headers().firstValue("X-RateLimit-Burst-Capacity")).hasValue("400");
        }
        assertThat(caseService.forwardedFor("roomy-county")).hasSize(5);
    }
}
