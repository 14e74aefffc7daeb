package io.onedoor.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The domain brief's case 9 (Yuquan), worked through the gateway at Jarud's center: a worker's
 * unpaid wages and his work injury are one matter split into two locks (一把钥匙开一把锁), the
 * wages held by the labor inspection brigade and the work injury by human resources; each
 * department proposes its key, the center's joint meeting (会商) agrees the plan and names the agent
 * (代办员) who tracks it to the end, and only then is the outcome recorded and the matter closed.
 */
class YuquanLocksSystemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String JARUD = "nm-jarud";
    private static final String MATTERS = "/api/v1/tenants/" + JARUD + "/matters";

    private static CenterDesk desk;
    private static GatewayCalls calls;
    private static String window;
    private static String humanResources;
    private static String inspector;

    @BeforeAll
    static void theCenterAndItsPeople() throws Exception {
        desk = new CenterDesk(JARUD);
        calls = desk.calls();
        window = desk.window();
        humanResources = desk.person("yuquan.hr", "人社局工作人员", "150526", "human-resources");
        inspector = desk.person("yuquan.inspector", "劳动保障监察员", "150526", "labor-inspection");
    }

    @Test
    void wagesAndWorkInjuryAreTwoLocksOpenedByTheirKeysAndAJointMeeting() throws Exception {
        HttpResponse<String> registered = calls.send("POST", MATTERS, window, """
                {"channel": "WALK_IN", "categoryCode": "labor",
                 "description": "于某反映用人单位拖欠其工资，且其在工作中受伤，工伤赔偿未落实。",
                 "orgUnitCode": "150526", "place": "扎鲁特旗某建筑工地",
                 "parties": [{"kind": "PERSON", "role": "APPLICANT", "name": "于某", "phone": "13904751235"},
                             {"kind": "ORGANIZATION", "role": "RESPONDENT", "name": "某建筑劳务有限公司"}]}""", null);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        JsonNode matter = JSON.readTree(registered.body());

        matter = step(window, matter, "/dispatch", "{}");
        String lead = assignmentOf(matter, "human-resources");
        matter = step(humanResources, matter, "/assignments/" + lead + "/signature", "{}");
        assertThat(matter.path("status").asString()).isEqualTo("IN_HANDLING");

        // The lead department splits the matter into its two sub-claims.
        matter = step(humanResources, matter, "/locks", """
                {"locks": [{"title": "劳动报酬", "department": "labor-inspection", "workingDays": 3},
                           {"title": "工伤赔偿", "department": "human-resources", "workingDays": 10}]}""");
        JsonNode wages = matter.path("locks").get(0);
        JsonNode injury = matter.path("locks").get(1);
        assertThat(wages.path("status").asString()).isEqualTo("OPEN");
        assertThat(injury.path("status").asString()).isEqualTo("OPEN");
        // Each lock is due in its own working days; near a year's end the province's calendar for
        // the next year may not be entered yet, and a deadline past it is left out, not guessed.
        if (injury.has("dueOn")) {
            assertThat(injury.path("dueOn").asString())
                    .isGreaterThan(wages.path("dueOn").asString());
        }
        String wagesLock = wages.path("id").asString();
        String injuryLock = injury.path("id").asString();

        // The inspector holds the wages lock, not the work injury.
        HttpResponse<String> notHisLock = send(inspector, matter, "/locks/" + injuryLock + "/keys", """
                {"proposal": "监察大队代人社局出方案"}""");
        assertThat(notHisLock.statusCode()).as(notHisLock.body()).isEqualTo(403);

        matter = step(inspector, matter, "/locks/" + wagesLock + "/keys", """
                {"proposal": "核实考勤和工资表，确认欠薪数额，用人单位十日内付清"}""");
        assertThat(matter.path("locks").get(0).path("status").asString()).isEqualTo("KEY_PROPOSED");

        // While the work injury is open nothing is decided.
        HttpResponse<String> early = send(window, matter, "/outcome", """
                {"kind": "MEDIATED_AGREEMENT", "summary": "达成调解协议"}""");
        assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
        assertThat(JSON.readTree(early.body()).path("detail").asString()).contains("工伤赔偿 (human-resources)");

        matter = step(humanResources, matter, "/locks/" + injuryLock + "/keys", """
                {"proposal": "先行工伤认定，依认定结论由用人单位一次性支付工伤待遇"}""");

        matter = step(window, matter, "/joint-meetings", """
                {"participants": ["human-resources", "labor-inspection", "justice", "申请人 于某", "用人单位代表"],
                 "plan": "用人单位十日内付清工资；工伤认定后一次性支付工伤待遇，中心全程督办",
                 "agent": "代办员 包某",
                 "locks": ["%s", "%s"]}""".formatted(wagesLock, injuryLock));
        assertThat(matter.path("locks").get(0).path("status").asString()).isEqualTo("RESOLVED");
        assertThat(matter.path("locks").get(1).path("status").asString()).isEqualTo("RESOLVED");
        assertThat(matter.path("agent").asString()).isEqualTo("代办员 包某");
        assertThat(matter.path("jointMeetings").get(0).path("settledLocks").size())
                .isEqualTo(2);

        for (JsonNode assignment : matter.path("assignments")) {
            String path = "/assignments/" + assignment.path("id").asString();
            if (assignment.path("status").asString().equals("PENDING")) {
                matter = step(window, matter, path + "/signature", "{}");
            }
            matter = step(window, matter, path + "/completion", """
                    {"summary": "按会商方案完成本部门事项"}""");
        }
        matter = step(window, matter, "/outcome", """
                {"kind": "MEDIATED_AGREEMENT", "summary": "工资和工伤待遇均按会商方案达成协议"}""");
        matter = step(window, matter, "/closure", "{}");
        assertThat(matter.path("status").asString()).isEqualTo("CLOSED");

        List<String> steps = new ArrayList<>();
        for (JsonNode item : timeline(matter)) {
            String kind = item.path("kind").asString();
            if (!kind.startsWith("ASSIGNMENT")) {
                steps.add(kind + "/" + item.path("department").asString(""));
            }
        }
        assertThat(steps)
                .containsExactly(
                        "REGISTERED/",
                        "DISPATCHED/",
                        "SPLIT/",
                        "KEY_PROPOSED/labor-inspection",
                        "KEY_PROPOSED/human-resources",
                        "JOINT_MEETING/",
                        "OUTCOME_RECORDED/",
                        "CLOSED/");
    }

    private static String assignmentOf(JsonNode matter, String department) {
        for (JsonNode assignment : matter.path("assignments")) {
            if (assignment.path("department").asString().equals(department)) {
                return assignment.path("id").asString();
            }
        }
        throw new AssertionError("no assignment of " + department + ": " + matter);
    }

    private static JsonNode step(String token, JsonNode matter, String path, String body) throws Exception {
        return desk.step(token, matter, path, body);
    }

    private static HttpResponse<String> send(String token, JsonNode matter, String path, String body) throws Exception {
        return desk.send(token, matter, path, body);
    }

    private static List<JsonNode> timeline(JsonNode matter) throws Exception {
        return desk.timeline(matter, window);
    }
}
