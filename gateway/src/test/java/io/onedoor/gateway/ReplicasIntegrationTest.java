package io.onedoor.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.testsupport.RealServices;
import io.onedoor.testsupport.TestIssuer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two replicas of tenant-service behind the gateway, named by a comma-separated list of base
 * URLs: requests take turns between them, with nothing that sticks a caller to one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=gateway")
@Import(RealServices.class)
class ReplicasIntegrationTest {

    private static final StandInService FIRST = StandInService.start("tenant-service-1");
    private static final StandInService SECOND = StandInService.start("tenant-service-2");
    private static final StandInService CASE_SERVICE = StandInService.start("case-service");
    private static final TestIssuer ISSUER = TestIssuer.start().acceptServiceClient("gateway", StandIns.GATEWAY_SECRET);

    @DynamicPropertySource
    static void twoReplicas(DynamicPropertyRegistry registry) {
        registry.add("onedoor.services.tenant-service-url", () -> FIRST.url() + "," + SECOND.url());
        registry.add(
                "onedoor.services.case-service-url", () -> CASE_SERVICE.url().toString());
        registry.add("onedoor.security.issuer", ISSUER::issuer);
        registry.add("onedoor.security.jwk-set-uri", ISSUER::jwkSetUri);
        registry.add("onedoor.gateway.service-credentials.secret", () -> StandIns.GATEWAY_SECRET);
        registry.add("onedoor.gateway.service-credentials.token-uri", ISSUER::tokenUri);
    }

    @AfterAll
    static void stopStandIns() {
        FIRST.close();
        SECOND.close();
        CASE_SERVICE.close();
        ISSUER.close();
    }

    @LocalServerPort
    int port;

    @Test
    void requestsForOneServiceTakeTurnsBetweenItsReplicas() {
        GatewayClient gateway = new GatewayClient(port);
        FIRST.reset();
        SECOND.reset();

        List<String> servedBy = new ArrayList<>();
        for (int request = 0; request < 6; request++) {
            HttpResponse<String> answer = gateway.get("/.well-known/openid-configuration");
            assertThat(answer.statusCode()).isEqualTo(200);
            servedBy.add(answer.body());
        }

        assertThat(FIRST.forwarded()).hasSize(3);
        assertThat(SECOND.forwarded()).hasSize(3);
        for (int request = 1; request < servedBy.size(); request++) {
            assertThat(servedBy.get(request))
                    .as("request %d went to the other replica than the one before", request)
                    .isNotEqualTo(servedBy.get(request - 1));
        }
        assertThat(CASE_SERVICE.forwarded()).isEmpty();
    }
}
