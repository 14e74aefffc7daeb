package io.onedoor.gateway;

import static io.onedoor.gateway.GatewayClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.testsupport.TestIssuer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A gateway whose Redis is unreachable (a closed port, so the shared Redis is left alone) and whose
 * tenant-service is down: it must refuse tenant requests rather than guess, and say so as a problem.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=gateway", "onedoor.gateway.service-credentials.secret=gateway-test-secret"})
class RedisDownIntegrationTest {

    private static final int CLOSED_PORT = closedPort();
    private static final StandInService CASE_SERVICE = StandInService.start("case-service");
    private static final TestIssuer ISSUER = TestIssuer.start();
    private static final Tokens TOKENS = new Tokens(ISSUER);

    @DynamicPropertySource
    static void unreachable(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        registry.add("spring.data.redis.port", () -> CLOSED_PORT);
        registry.add(
                "onedoor.services.case-service-url", () -> CASE_SERVICE.url().toString());
        registry.add("onedoor.services.tenant-service-url", () -> "http://127.0.0.1:" + CLOSED_PORT);
        registry.add("onedoor.security.issuer", ISSUER::issuer);
        registry.add("onedoor.security.jwk-set-uri", ISSUER::jwkSetUri);
    }

    @AfterAll
    static void stopStandIns() {
        CASE_SERVICE.close();
        ISSUER.close();
    }

    @LocalServerPort
    int port;

    GatewayClient gateway;

    @BeforeEach
    void setUp() {
        gateway = new GatewayClient(port);
        CASE_SERVICE.reset();
    }

    @Test
    void redisDownFailsClosed() {
        long started = System.nanoTime();
        HttpResponse<String> response =
                gateway.get("/api/v1/tenants/xj-altay/matters", "Authorization", TOKENS.staff("xj-altay"));

        assertProblem(response, 503, "directory-unavailable");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        // Answered on the Redis timeouts (1 s), not held for the 30 s response timeout; the bound
        // is loose because a loaded CI machine starts the first connection slowly.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(CASE_SERVICE.forwarded()).isEmpty();
    }

    @Test
    void unreachableServiceIsProblemWithoutInternalDetail() {
        // Listing tenants needs no directory entry, so this reaches the (dead) tenant-service.
        HttpResponse<String> response =
                gateway.get("/api/v1/tenants", "Authorization", TOKENS.operator(TenantDirectoryFixture.PROVINCE));

        assertProblem(response, 503, "service-unavailable");
        assertThat(response.body())
                .doesNotContain("127.0.0.1")
                .doesNotContain(Integer.toString(CLOSED_PORT))
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("\tat ");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
