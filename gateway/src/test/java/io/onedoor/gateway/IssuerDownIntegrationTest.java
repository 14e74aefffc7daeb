package io.onedoor.gateway;

import static io.onedoor.gateway.GatewayClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.support.tenancy.TenantDirectoryEntry.Status;
import io.onedoor.testsupport.RealServices;
import io.onedoor.testsupport.TestIssuer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A gateway that cannot reach the issuer's key set: no token can be verified, which is the
 * platform's fault, not the caller's. Nothing is forwarded, and the answer says to try again
 * rather than that the token is bad.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=gateway", "onedoor.gateway.service-credentials.secret=gateway-test-secret"})
@Import(RealServices.class)
class IssuerDownIntegrationTest {

    private static final StandInService CASE_SERVICE = StandInService.start("case-service");
    private static final TestIssuer ISSUER = TestIssuer.start();
    private static final Tokens TOKENS = new Tokens(ISSUER);

    @DynamicPropertySource
    static void unreachableKeys(DynamicPropertyRegistry registry) {
        registry.add(
                "onedoor.services.case-service-url", () -> CASE_SERVICE.url().toString());
        registry.add("onedoor.security.issuer", ISSUER::issuer);
        registry.add("onedoor.security.jwk-set-uri", () -> "http://127.0.0.1:" + closedPort() + "/oauth2/jwks");
    }

    @AfterAll
    static void stopStandIns() {
        CASE_SERVICE.close();
        ISSUER.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Test
    void unreachableKeysAre503NotInvalidTokenAndNothingIsForwarded() {
        new TenantDirectoryFixture(redis).write("xj-altay", Status.ACTIVE);
        GatewayClient gateway = new GatewayClient(port);

        HttpResponse<String> withToken =
                gateway.get("/api/v1/tenants/xj-altay/matters", "Authorization", TOKENS.staff("xj-altay"));
        HttpResponse<String> withoutToken = gateway.get("/api/v1/tenants/xj-altay/matters");

        assertProblem(withToken, 503, "authentication-unavailable");
        assertThat(withToken.headers().firstValue("Retry-After")).isPresent();
        assertThat(withToken.body()).doesNotContain("127.0.0.1").doesNotContainIgnoringCase("exception");
        // No token at all is still the caller's problem.
        assertProblem(withoutToken, 401, "unauthenticated");
        assertThat(CASE_SERVICE.forwarded()).isEmpty();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
