package io.onedoor.tenants.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.tenants.TenantServiceTest;
import io.onedoor.tenants.Tokens;
import io.onedoor.testsupport.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Straight to the service's port: whatever refuses a request (Tomcat, the firewall, Spring MVC, the
 * body limit, the spec's parameters), the answer is a problem with the platform's type and the
 * request id; a value outside an enum's list names the values accepted.
 */
@TenantServiceTest
class RefusalsAsProblemsIntegrationTest {

    private static final String WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    Tokens tokens;

    @LocalServerPort
    int port;

    @Test
    void malformedPathsAreAnsweredWithProblems() throws Exception {
        String auth = "\r\nAuthorization: Bearer " + tokens.operator("150000");
        for (String path : List.of(
                "//api/v1/tenants",
                "/api/v1/tenants/nm-jarud/..;/nm-horqin",
                "/api/v1/tenants;x=y",
                "/api/v1/tenants%2fnm-jarud",
                "/api/v1/tenants/nm-jarud%00",
                "/api/v1/tenants/nm-jarud/%2e%2e/nm-horqin",
                "/api/v1/tenants\\nm-jarud",
                "/login/..;/oauth2/jwks")) {
            RawHttp.Response answer = raw().send("GET " + path + " HTTP/1.1\r\nHost: localhost" + auth);
            assertThat(answer.status()).as(path).isIn(400, 404);
            problem(answer, answer.status());
        }
    }

    @Test
    void anUnknownQueryParameterIsRefusedByNameOnTheApiOnly() throws Exception {
        String auth = "\r\nAuthorization: Bearer " + tokens.operator("150000");

        JsonNode problem =
                problem(raw().send("GET /api/v1/tenants?color=red&limit=5 HTTP/1.1\r\nHost: localhost" + auth), 400);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("color");
        assertThat(raw().send("GET /api/v1/tenants?limit=5 HTTP/1.1\r\nHost: localhost" + auth)
                        .status())
                .isEqualTo(200);
        // The login form is not an API operation: its own parameters are its own business.
        assertThat(raw().send("GET /login?error HTTP/1.1\r\nHost: localhost").status())
                .isEqualTo(200);
    }

    @Test
    void anEnumValueOutsideItsListIsAnsweredWithTheValuesAccepted() throws Exception {
        String auth = "\r\nAuthorization: Bearer " + tokens.operator("150000");

        JsonNode inQuery =
                problem(raw().send("GET /api/v1/tenants?level=TOWN HTTP/1.1\r\nHost: localhost" + auth), 400);
        byte[] onboarding = ("{\"code\":\"nm-town\",\"name\":\"镇\",\"divisionCode\":\"150523\",\"level\":\"TOWN\","
                        + "\"parentCode\":\"nm-tongliao\",\"provinceCode\":\"150000\",\"template\":\"standard-county\"}")
                .getBytes(StandardCharsets.UTF_8);
        JsonNode inBody = problem(
                raw().send(
                                "POST /api/v1/tenants HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                        + "Content-Length: " + onboarding.length + auth,
                                onboarding),
                400);

        for (JsonNode problem : List.of(inQuery, inBody)) {
            JsonNode error = problem.path("errors").get(0);
            assertThat(error.path("field").asString()).isEqualTo("level");
            assertThat(error.path("allowedValues").valueStream().map(JsonNode::asString))
                    .containsExactlyInAnyOrder("CITY", "COUNTY");
            // The body's other faults (the onboarding rules') are listed with it.
            assertThat(error.path("message").asString()).contains("CITY").contains("COUNTY");
        }
    }

    @Test
    void bodiesAreLimitedPerPathBeforeTheyAreRead() throws Exception {
        String auth = "\r\nAuthorization: Bearer " + tokens.operator("150000");
        long twoMegabytes = 2L * 1024 * 1024;

        // Announced and not sent: only a refusal by the length can answer.
        problem(
                raw().send("POST /api/v1/tenants HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + twoMegabytes + auth),
                413);
        problem(
                raw().send("PUT /api/v1/tenants/nm-nowhere/configuration-workbook HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: " + WORKBOOK + "\r\nContent-Length: " + 11L * 1024 * 1024 + auth),
                413);
        problem(
                raw().sendUnendingChunks(
                                "POST /api/v1/tenants HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                                        + auth,
                                16 * 1024,
                                twoMegabytes),
                413);
        byte[] hundredKilobytes = new byte[100 * 1024];
        problem(
                raw().send(
                                "POST /internal/v1/signing-keys/rotation HTTP/1.1\r\nHost: localhost\r\n"
                                        + "Content-Type: application/json\r\nContent-Length: "
                                        + hundredKilobytes.length,
                                hundredKilobytes),
                413);
        // A workbook may be larger than any JSON body: two megabytes pass the limit (and reach the
        // access check, for a center that does not exist).
        byte[] workbook = new byte[(int) twoMegabytes];
        RawHttp.Response upload = raw().send(
                        "PUT /api/v1/tenants/nm-nowhere/configuration-workbook HTTP/1.1\r\nHost: localhost\r\n"
                                + "Content-Type: " + WORKBOOK + "\r\nContent-Length: " + workbook.length + auth,
                        workbook);
        assertThat(upload.status()).as(upload.toString()).isNotEqualTo(413);
        problem(upload, upload.status());
    }

    @Test
    void whatSpringAnswersItselfComesAsATypedProblem() throws Exception {
        String auth = "\r\nAuthorization: Bearer " + tokens.operator("150000");

        JsonNode notAcceptable =
                problem(raw().send("GET /api/v1/tenants HTTP/1.1\r\nHost: localhost\r\nAccept: text/csv" + auth), 406);
        JsonNode notAllowed = problem(raw().send("DELETE /api/v1/tenants HTTP/1.1\r\nHost: localhost" + auth), 405);

        assertThat(notAcceptable.path("type").asString()).isEqualTo("https://onedoor.io/problems/not-acceptable");
        assertThat(notAllowed.path("type").asString()).isEqualTo("https://onedoor.io/problems/method-not-allowed");
    }

    private RawHttp raw() {
        return new RawHttp("127.0.0.1", port);
    }

    private static JsonNode problem(RawHttp.Response answer, int status) {
        return answer.problem(status);
    }
}
