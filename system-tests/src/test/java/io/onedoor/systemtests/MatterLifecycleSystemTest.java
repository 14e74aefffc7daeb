package io.onedoor.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A matter worked through the gateway by the people of a center, each with their own login:
 * Horqin district's neighbour noise (the domain brief's case 8), taken by the 12345 hotline,
 * dispatched by the window to the people's mediation committee, signed and mediated by a
 * mediator whose account works for that committee, closed the same morning, and followed up.
 */
class MatterLifecycleSystemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HORQIN = "nm-horqin";
    private static final String MATTERS = "/api/v1/tenants/" + HORQIN + "/matters";

    private static CenterDesk desk;
    private static GatewayCalls calls;
    private static Callers callers;
    private static String window;
    private static String mediator;
    private static String policeOfficer;

    @BeforeAll
    static void theCenterAndItsPeople() throws Exception {
        callers = Callers.get();
        desk = new CenterDesk(HORQIN);
        calls = desk.calls();
        window = desk.window();
        mediator = desk.person("mediator", "人民调解员", "150502", "people-mediation");
        policeOfficer = desk.person("officer", "派出所民警", "150502", "police");
    }

    @Test
    void neighbourNoiseIsMediatedAndClosedWithinTwoHours() throws Exception {
        JsonNode matter = register("楼上住户夜间装修噪音扰民，邻里发生口角，请求调解。");
        Instant registered = Instant.parse(matter.path("registeredAt").asString());

        matter = step(window, matter, "/dispatch", """
                {"leadDepartment": "people-mediation", "coHandlers": [],
                 "reason": "邻里纠纷由人民调解委员会调解"}""");
        assertThat(matter.path("status").asString()).isEqualTo("DISPATCHED");
        String assignment = matter.path("assignments").get(0).path("id").asString();

        // Another department's staff cannot take the mediation committee's assignment on.
        HttpResponse<String> notTheirs = send(policeOfficer, matter, "/assignments/" + assignment + "/signature", "{}");
        assertThat(notTheirs.statusCode()).as(notTheirs.body()).isEqualTo(403);

        matter = step(mediator, matter, "/assignments/" + assignment + "/signature", "{}");
        assertThat(matter.path("status").asString()).isEqualTo("IN_HANDLING");
        assertThat(matter.path("assignments").get(0).path("signedBy").asString())
                .startsWith("mediator");
        matter = step(mediator, matter, "/assignments/" + assignment + "/completion", """
                {"summary": "双方到调解室面谈，约定晚十点后不施工"}""");
        matter = step(window, matter, "/outcome", """
                {"kind": "MEDIATED_AGREEMENT", "summary": "达成口头调解协议，双方握手言和"}""");
        matter = step(window, matter, "/closure", "{}");

        assertThat(matter.path("status").asString()).isEqualTo("CLOSED");
        Instant closed = Instant.parse(matter.path("closedAt").asString());
        assertThat(Duration.between(registered, closed)).isLessThan(Duration.ofHours(2));
        assertThat(matter.path("followUpDueOn").asString()).isNotEmpty();

        matter = step(window, matter, "/follow-ups", "{\"satisfaction\": \"SATISFIED\"}");
        assertThat(matter.path("status").asString()).isEqualTo("FOLLOWED_UP");

        List<String> kinds = new ArrayList<>();
        List<String> actors = new ArrayList<>();
        for (JsonNode item : timeline(matter, window)) {
            kinds.add(item.path("kind").asString());
            actors.add(item.path("actor").asString());
        }
        assertThat(kinds)
                .containsExactly(
                        "REGISTERED",
                        "DISPATCHED",
                        "ASSIGNMENT_SIGNED",
                        "ASSIGNMENT_COMPLETED",
                        "OUTCOME_RECORDED",
                        "CLOSED",
                        "FOLLOWED_UP");
        assertThat(actors.get(2)).isEqualTo(actors.get(3)).startsWith("mediator");
        // The hotline that registered it follows its progress.
        assertThat(timeline(matter, callers.hotline(HORQIN))).hasSize(7);
    }

    @Test
    void anUnsatisfiedFollowUpReopensTheMatterIntoHandling() throws Exception {
        JsonNode matter = register("装修噪音再次出现，申请人对上次调解结果不满意。");
        matter = step(window, matter, "/dispatch", """
                {"leadDepartment": "people-mediation", "coHandlers": [], "reason": "人民调解"}""");
        String assignment = matter.path("assignments").get(0).path("id").asString();
        matter = step(mediator, matter, "/assignments/" + assignment + "/signature", "{}");
        matter = step(mediator, matter, "/assignments/" + assignment + "/completion", "{\"summary\": \"已调解\"}");
        matter = step(window, matter, "/outcome", "{\"kind\": \"MEDIATED_AGREEMENT\", \"summary\": \"口头协议\"}");
        matter = step(window, matter, "/closure", "{}");

        matter = step(window, matter, "/follow-ups", """
                {"satisfaction": "UNSATISFIED", "remarks": "施工仍在继续"}""");

        assertThat(matter.path("status").asString()).isEqualTo("IN_HANDLING");
        assertThat(matter.path("reopenCount").asInt()).isEqualTo(1);
        assertThat(matter.path("assignments").get(0).path("status").asString()).isEqualTo("SIGNED");
        // Back in the mediator's hands: the ledger shows who holds it.
        HttpResponse<String> ledger =
                calls.send("GET", MATTERS + "?status=IN_HANDLING&department=people-mediation", window, null, null);
        assertThat(ledger.statusCode()).as(ledger.body()).isEqualTo(200);
        assertThat(ledger.body()).contains(matter.path("id").asString());
    }

    private static JsonNode register(String description) throws Exception {
        HttpResponse<String> registered =
                calls.send("POST", MATTERS, callers.hotline(HORQIN), """
                {"channel": "HOTLINE_12345", "categoryCode": "neighbors", "description": "%s",
                 "orgUnitCode": "150502", "place": "科尔沁区某小区3号楼",
                 "parties": [{"kind": "PERSON", "role": "APPLICANT", "name": "王某", "phone": "13904751234"},
                             {"kind": "PERSON", "role": "RESPONDENT", "name": "赵某"}]}""".formatted(description), null);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return JSON.readTree(registered.body());
    }

    private static JsonNode step(String token, JsonNode matter, String path, String body) throws Exception {
        return desk.step(token, matter, path, body);
    }

    private static HttpResponse<String> send(String token, JsonNode matter, String path, String body) throws Exception {
        return desk.send(token, matter, path, body);
    }

    private static List<JsonNode> timeline(JsonNode matter, String token) throws Exception {
        return desk.timeline(matter, token);
    }
}
