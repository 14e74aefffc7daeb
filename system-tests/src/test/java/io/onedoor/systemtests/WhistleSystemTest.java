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
 * The domain brief's case 1 (Altay), worked through the gateway at Jarud's center: Zhang reports
 * that a contractor on a water project owes him 41,600 yuan of machinery rent; the agriculture
 * bureau's mediator takes the matter, whistles the on-call water bureau in to verify the works
 * (吹哨报到), the water bureau reports at the center inside its 30 minutes, and the matter is
 * mediated into a payment agreement.
 */
class WhistleSystemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String JARUD = "nm-jarud";
    private static final String MATTERS = "/api/v1/tenants/" + JARUD + "/matters";

    private static CenterDesk desk;
    private static GatewayCalls calls;
    private static String window;
    private static String mediator;
    private static String waterEngineer;

    @BeforeAll
    static void theCenterAndItsPeople() throws Exception {
        desk = new CenterDesk(JARUD);
        calls = desk.calls();
        window = desk.window();
        mediator = desk.person("agri.mediator", "农业农村局调解员", "150526", "agriculture");
        waterEngineer = desk.person("water.engineer", "水利局工程师", "150526", "water");
    }

    @Test
    void theWaterBureauIsWhistledInAndReportsWithinThirtyMinutes() throws Exception {
        HttpResponse<String> registered = calls.send("POST", MATTERS, window, """
                {"channel": "WALK_IN", "categoryCode": "consumer-contract",
                 "description": "张某反映水利工程承包方拖欠其机械租赁费41600元。", "amountFen": 4160000,
                 "orgUnitCode": "150526", "place": "扎鲁特旗某水利工程工地", "occurredOn": "2026-08-25",
                 "parties": [{"kind": "PERSON", "role": "APPLICANT", "name": "张某", "phone": "13904751234"},
                             {"kind": "ORGANIZATION", "role": "RESPONDENT", "name": "某水利工程承包方"}]}""", null);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        JsonNode matter = JSON.readTree(registered.body());

        matter = step(window, matter, "/dispatch", """
                {"leadDepartment": "agriculture", "coHandlers": [],
                 "reason": "农机租赁纠纷由农业农村局调解员牵头调解"}""");
        String assignment = matter.path("assignments").get(0).path("id").asString();
        matter = step(mediator, matter, "/assignments/" + assignment + "/signature", "{}");
        assertThat(matter.path("nextSteps").toString()).contains("whistleDepartment");

        // The water bureau cannot whistle itself in: it holds nothing of this matter yet.
        HttpResponse<String> notItsWindow = send(waterEngineer, matter, "/whistles", """
                {"department": "water", "reason": "自行报到"}""");
        assertThat(notItsWindow.statusCode()).as(notItsWindow.body()).isEqualTo(403);

        matter = step(mediator, matter, "/whistles", """
                {"department": "water", "reason": "核实工程机械台班和租赁天数"}""");
        JsonNode whistle = matter.path("whistles").get(0);
        assertThat(whistle.path("status").asString()).isEqualTo("AWAITING");
        assertThat(whistle.path("summonedFor").asString()).isEqualTo("agriculture");
        Instant whistled = Instant.parse(whistle.path("summonedAt").asString());
        assertThat(Duration.between(
                        whistled, Instant.parse(whistle.path("arrivalDueAt").asString())))
                .isGreaterThanOrEqualTo(Duration.ofMinutes(30));

        matter = step(waterEngineer, matter, "/whistles/" + whistle.path("id").asString() + "/arrival", """
                {"person": "水利局 李工"}""");
        JsonNode arrived = matter.path("whistles").get(0);
        assertThat(arrived.path("status").asString()).isEqualTo("ARRIVED");
        assertThat(arrived.path("late").asBoolean()).isFalse();
        assertThat(Duration.between(
                        whistled, Instant.parse(arrived.path("arrivedAt").asString())))
                .isLessThan(Duration.ofMinutes(30));

        // The engineer's site photo goes on the matter through the gateway, and comes back whole.
        byte[] photo = java.util.HexFormat.of()
                .parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                        + "0000000d49444154789c6360000000000500010d0a2db40000000049454e44ae426082");
        HttpResponse<byte[]> uploaded = calls.sendFile(
                "POST",
                MATTERS + "/" + matter.path("id").asString() + "/attachments?filename=site-log.png",
                waterEngineer,
                photo,
                "image/png");
        assertThat(uploaded.statusCode())
                .as(new String(uploaded.body(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(201);
        String attachment = JSON.readTree(uploaded.body()).path("id").asString();
        matter = step(mediator, current(matter), "/handling-records", """
                {"kind": "SITE_MEASUREMENT", "summary": "水利局现场核对机械台班18个", "attachments": ["%s"]}""".formatted(attachment));
        HttpResponse<byte[]> downloaded =
                calls.download(MATTERS + "/" + matter.path("id").asString() + "/attachments/" + attachment, window);
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(photo);

        matter = step(mediator, matter, "/assignments/" + assignment + "/completion", """
                {"summary": "水利局核实机械台班后，双方就租赁费达成一致"}""");
        matter = step(mediator, matter, "/outcome", """
                {"kind": "PAYMENT_AGREEMENT", "summary": "承包方于9月1日前付清租赁费", "amountFen": 4160000}""");
        matter = step(window, matter, "/closure", "{}");
        assertThat(matter.path("status").asString()).isEqualTo("CLOSED");

        List<String> steps = new ArrayList<>();
        for (JsonNode item : timeline(matter)) {
            steps.add(
                    item.path("kind").asString() + "/" + item.path("department").asString(""));
        }
        assertThat(steps)
                .containsExactly(
                        "REGISTERED/",
                        "DISPATCHED/",
                        "ASSIGNMENT_SIGNED/agriculture",
                        "WHISTLED/water",
                        "ARRIVED/water",
                        "HANDLING_RECORDED/agriculture",
                        "ASSIGNMENT_COMPLETED/agriculture",
                        "OUTCOME_RECORDED/",
                        "CLOSED/");
    }

    /** The matter as it is now. */
    private static JsonNode current(JsonNode matter) throws Exception {
        return desk.current(matter, window);
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
