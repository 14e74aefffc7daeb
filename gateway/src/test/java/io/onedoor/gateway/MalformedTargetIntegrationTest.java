package io.onedoor.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.testsupport.RawHttp;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request target that is no URI (a raw backslash, a brace, a pipe) is answered with a 400
 * problem, not with the bare 400 Spring's Reactor Netty adapter would send, and reaches no service.
 */
class MalformedTargetIntegrationTest extends GatewayIntegrationTest {

    @Test
    void aRequestTargetThatIsNoUriIsAnsweredWithAProblem() throws Exception {
        RawHttp http = new RawHttp("127.0.0.1", port);
        for (String target :
                List.of("/api/v1/tenants/nm-jarud\\matters", "/api/v1/tenants/{tenant}/matters", "/api/v1/tenants|x")) {
            RawHttp.Response answer = http.send("GET " + target + " HTTP/1.1\r\nHost: localhost");

            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(target).startsWith("application/problem+json");
            JsonNode problem = JsonMapper.builder().build().readTree(answer.body());
            assertThat(problem.path("type").asString()).isEqualTo("https://onedoor.io/problems/bad-request");
            assertThat(problem.path("status").asInt()).isEqualTo(400);
            assertThat(problem.path("requestId").asString()).isEqualTo(answer.header("X-Request-Id"));
        }
        assertThat(caseService.forwarded()).isEmpty();
        // A well-formed request is served as before.
        assertThat(gateway.get("/actuator/health").statusCode()).isEqualTo(200);
    }
}
