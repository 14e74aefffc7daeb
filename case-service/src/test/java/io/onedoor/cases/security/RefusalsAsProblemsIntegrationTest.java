package io.onedoor.cases.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.Requests;
import io.onedoor.cases.TestTokens;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.testsupport.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Straight to the service's port, as a misrouted or cluster-internal caller reaches it: whatever
 * refuses a request (Tomcat, the firewall, Spring MVC, the body limit, the spec's parameters), the
 * answer is a problem with the platform's type and the request id, never an HTML page.
 */
@CaseServiceTest
class RefusalsAsProblemsIntegrationTest {

    @Autowired
    CaseApi api;

    @LocalServerPort
    int port;

    @Test
    void malformedPathsAreAnsweredWithProblems() throws Exception {
        TenantCode tenant = api.onboard("paths", "152200");
        String token = TestTokens.integrator(tenant.value());
        String ledger = "/api/v1/tenants/" + tenant.value() + "/matters";
        for (String path : List.of(
                "/" + ledger,
                "/api/v1/tenants/" + tenant.value() + "/..;/matters",
                "/api/v1/tenants/" + tenant.value() + ";x=y/matters",
                "/api/v1/tenants%2f" + tenant.value() + "/matters",
                ledger + "%00",
                ledger + "/%2e%2e/%2e%2e/other/matters",
                "/api/v1/tenants/" + tenant.value() + "\\matters",
                "/internal/v1/tenant-schemas/..%2f" + tenant.value())) {
            RawHttp.Response answer =
                    raw().send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token);
            assertThat(answer.status()).as(path).isIn(400, 404);
            problem(answer, answer.status());
        }
    }

    @Test
    void anUnknownQueryParameterOnTheLedgerIsRefusedByNameInsteadOfIgnored() {
        TenantCode tenant = api.onboard("ledger", "152200");
        api.register(tenant, Requests.machineryRent("open"));

        CaseApi.Response refused = api.list(tenant, "?state=CLOSED&limit=5");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors")).hasSize(1);
        assertThat(refused.body().path("errors").get(0).path("field").asString())
                .isEqualTo("state");
        assertThat(refused.body().path("errors").get(0).path("message").asString())
                .contains("orgUnit", "limit", "cursor");
        assertThat(api.list(tenant, "?limit=5&orgUnit=" + Requests.ORG_UNIT).status())
                .isEqualTo(200);
    }

    @Test
    void aChannelOutsideTheListIsAnsweredWithTheChannelsAccepted() {
        TenantCode tenant = api.onboard("channel", "152200");
        Map<String, Object> fax = Requests.machineryRent("fax");
        fax.put("channel", "FAX");

        CaseApi.Response refused = api.register(tenant, fax);

        assertThat(refused.status()).isEqualTo(400);
        JsonNode error = refused.body().path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("channel");
        assertThat(error.path("allowedValues").valueStream().map(JsonNode::asString))
                .contains("WALK_IN", "HOTLINE_12345", "COURT_REFERRAL")
                .doesNotContain("FAX");
        assertThat(refused.body().path("detail").asString()).contains("WALK_IN");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsReadAndWhileItStreams() throws Exception {
        TenantCode tenant = api.onboard("bodies", "152200");
        String auth = "\r\nAuthorization: Bearer " + TestTokens.integrator(tenant.value());
        String register = "POST /api/v1/tenants/" + tenant.value()
                + "/matters HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json" + auth;

        // Five megabytes announced and none sent: only a refusal by the length can answer.
        problem(raw().send(register + "\r\nContent-Length: " + 5 * 1024 * 1024), 413);
        // Streamed without a length and never ended: only a refusal while it streams can answer.
        problem(raw().sendUnendingChunks(register, 16 * 1024, 2L * 1024 * 1024), 413);
        // The internal paths take far less, with or without a token.
        byte[] hundredKilobytes = new byte[100 * 1024];
        problem(
                raw().send(
                                "PUT /internal/v1/tenant-schemas/" + tenant.value()
                                        + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                        + "Content-Length: " + hundredKilobytes.length,
                                hundredKilobytes),
                413);
        assertThat(api.list(tenant, "").body().path("items")).isEmpty();
    }

    @Test
    void whatSpringAnswersItselfComesAsATypedProblem() throws Exception {
        TenantCode tenant = api.onboard("framework", "152200");
        String ledger = "/api/v1/tenants/" + tenant.value() + "/matters";
        String auth = "\r\nAuthorization: Bearer " + TestTokens.integrator(tenant.value());
        byte[] text = "a matter".getBytes(StandardCharsets.UTF_8);

        JsonNode notAcceptable =
                problem(raw().send("GET " + ledger + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/csv" + auth), 406);
        JsonNode notAllowed = problem(raw().send("DELETE " + ledger + " HTTP/1.1\r\nHost: localhost" + auth), 405);
        JsonNode unsupported = problem(
                raw().send(
                                "POST " + ledger + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                                        + "Content-Length: " + text.length + auth,
                                text),
                415);

        assertThat(notAcceptable.path("type").asString()).endsWith("/not-acceptable");
        assertThat(notAllowed.path("type").asString()).endsWith("/method-not-allowed");
        assertThat(unsupported.path("type").asString()).endsWith("/unsupported-media-type");
    }

    private RawHttp raw() {
        return new RawHttp("127.0.0.1", port);
    }

    private static JsonNode problem(RawHttp.Response answer, int status) {
        return answer.problem(status);
    }
}
