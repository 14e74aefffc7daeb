package io.onedoor.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One center's desk through the gateway, as the system tests of a matter's life work it: its
 * people by login, and a matter's steps, each taken on the version last read.
 */
final class CenterDesk {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Callers callers;
    private final GatewayCalls calls;
    private final String tenant;
    private final String admin;

    CenterDesk(String tenant) throws Exception {
        this.callers = Callers.get();
        this.calls = new GatewayCalls(callers.platform().gatewayUri());
        this.tenant = tenant;
        this.admin = callers.admin(tenant);
    }

    GatewayCalls calls() {
        return calls;
    }

    /** The ledger's path: {@code /api/v1/tenants/{tenant}/matters}. */
    String matters() {
        return "/api/v1/tenants/" + tenant + "/matters";
    }

    /** The center's window staff, who work for no department. */
    String window() throws Exception {
        return callers.staff(tenant);
    }

    /** A person of the center working for the department, created by its admin; their token. */
    String person(String username, String displayName, String orgUnit, String department) throws Exception {
        var setup = callers.setup();
        setup.account(admin, tenant, username, displayName, "STAFF", orgUnit, department);
        return setup.login(username + "@" + tenant);
    }

    /** The step, as the token's holder, on the version read: 200 and the version one higher. */
    JsonNode step(String token, JsonNode matter, String path, String body) throws Exception {
        HttpResponse<String> answer = send(token, matter, path, body);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("ETag"))
                .hasValue("\"" + (matter.path("version").asLong() + 1) + "\"");
        return JSON.readTree(answer.body());
    }

    HttpResponse<String> send(String token, JsonNode matter, String path, String body) throws Exception {
        return calls.send(
                "POST",
                matters() + "/" + matter.path("id").asString() + path,
                token,
                body,
                "\"" + matter.path("version").asLong() + "\"");
    }

    /** The matter as it is now. */
    JsonNode current(JsonNode matter, String token) throws Exception {
        HttpResponse<String> answer =
                calls.send("GET", matters() + "/" + matter.path("id").asString(), token, null, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    List<JsonNode> timeline(JsonNode matter, String token) throws Exception {
        HttpResponse<String> answer =
                calls.send("GET", matters() + "/" + matter.path("id").asString() + "/timeline", token, null, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        JSON.readTree(answer.body()).path("items").forEach(items::add);
        return items;
    }
}
