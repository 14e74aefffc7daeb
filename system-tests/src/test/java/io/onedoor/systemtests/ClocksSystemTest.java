package io.onedoor.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.client.tenants.TenantsApi;
import io.onedoor.client.tenants.model.TenantLevel;
import io.onedoor.client.tenants.model.TenantOnboarding;
import io.onedoor.launcher.DemoProvince;
import io.onedoor.launcher.TenantSetup;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Clocks that fire, through the gateway, on the platform's own time: at Hulunbuir's city center an
 * assignment's sign-off is due one working minute after dispatch (the center works around the
 * clock for this test, and its lights turn yellow at half a clock's time). Nobody signs: the
 * assignment turns yellow, then red; a supervision item (督办) opens on the people's mediation
 * committee, whose inbox is told; once the matter is worked and closed, the item closes with it.
 */
class ClocksSystemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String CENTER = "nm-hulunbuir";
    private static final String DIVISION = "150700";
    private static final String BASE = "/api/v1/tenants/" + CENTER;

    private static CenterDesk desk;
    private static GatewayCalls calls;
    private static String window;
    private static String mediator;
    private static String supervisor;

    @BeforeAll
    static void aCenterWhoseSignOffIsDueInAMinute() throws Exception {
        Callers callers = Callers.get();
        TenantSetup setup = callers.setup();
        String operator = callers.operator();
        new TenantsApi(DemoProvince.client(callers.platform().gatewayUri(), operator))
                .onboardTenant(new TenantOnboarding()
                        .code(CENTER)
                        .name("呼伦贝尔市社会治安综合治理中心")
                        .divisionCode(DIVISION)
                        .level(TenantLevel.CITY)
                        .provinceCode(DemoProvince.PROVINCE)
                        .template("standard-city"));
        setup.account(operator, CENTER, "admin", "中心管理员", "TENANT_ADMIN", null);
        String admin = setup.login("admin@" + CENTER);
        setup.account(admin, CENTER, "window", "受理窗口", "STAFF", DIVISION);
        setup.account(admin, CENTER, "mediator", "人民调解员", "STAFF", DIVISION, "people-mediation");
        setup.account(admin, CENTER, "supervisor", "督办专员", "SUPERVISOR", DIVISION);
        desk = new CenterDesk(CENTER);
        calls = desk.calls();
        window = setup.login("window@" + CENTER);
        mediator = setup.login("mediator@" + CENTER);
        supervisor = setup.login("supervisor@" + CENTER);

        JsonNode configuration = get(admin, BASE + "/configuration");
        ObjectNode calendar = JSON.createObjectNode();
        ObjectNode section = calendar.putObject("calendar");
        ArrayNode overrides = section.putArray("overrides");
        LocalDate today = LocalDate.now(CHINA);
        for (int day = 0; day < 3; day++) {
            overrides
                    .addObject()
                    .put("date", today.plusDays(day).toString())
                    .put("working", true)
                    .put("reason", "全天值班");
        }
        section.putArray("workingHours").addObject().put("start", "00:00").put("end", "23:59");
        section.putObject("lights").put("yellowAtPercent", 50).put("superviseUnsignedAfterMinutes", 0);
        put(admin, BASE + "/configuration/calendar", calendar, etagOf(admin));

        ObjectNode categories = JSON.createObjectNode();
        ArrayNode list = categories.putArray("categories");
        configuration.path("categories").forEach(category -> {
            ObjectNode copy = (ObjectNode) category.deepCopy();
            if (copy.path("code").asString().equals("neighbors")) {
                ObjectNode deadlines = copy.putObject("deadlines");
                for (String kind : List.of("simple", "normal", "difficult")) {
                    deadlines.putObject(kind).put("responseMinutes", 1).put("closureWorkingDays", 2);
                }
            }
            list.add(copy);
        });
        put(admin, BASE + "/configuration/categories", categories, etagOf(admin));
    }

    @Test
    void anUnsignedAssignmentTurnsYellowThenRedIsSupervisedAndClosingTheMatterClosesTheItem() throws Exception {
        HttpResponse<String> registered = calls.send("POST", BASE + "/matters", window, """
                {"channel": "WALK_IN", "categoryCode": "neighbors",
                 "description": "楼上装修噪音扰民，协商未果。",
                 "orgUnitCode": "150700",
                 "parties": [{"kind": "PERSON", "role": "APPLICANT", "name": "赵某", "phone": "13904750000"}]}""", null);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        JsonNode matter = desk.step(window, JSON.readTree(registered.body()), "/dispatch", """
                {"leadDepartment": "people-mediation", "coHandlers": [], "reason": "邻里纠纷由人民调解委员会调解"}""");
        JsonNode assignment = matter.path("assignments").get(0);
        String assignmentId = assignment.path("id").asString();
        Instant dispatched = Instant.parse(assignment.path("assignedAt").asString());
        Instant due = Instant.parse(assignment.path("responseDueAt").asString());
        assertThat(Duration.between(dispatched, due)).isLessThanOrEqualTo(Duration.ofMinutes(2));
        assertThat(assignment.path("light").asString()).isEqualTo("GREEN");

        // Yellow at half its minute, before it is due; then red.
        await(Duration.ofMinutes(2), () -> lightOf(desk.current(matter, window)), "YELLOW");
        assertThat(Instant.now()).isBefore(due.plusSeconds(5));
        await(Duration.ofMinutes(2), () -> lightOf(desk.current(matter, window)), "RED");

        // The ledger's stored light, kept by the alarms, finds the matter among the red ones.
        String code = matter.path("code").asString();
        await(
                Duration.ofSeconds(30),
                () -> get(window, BASE + "/matters?light=RED").toString().contains(code) ? "RED" : "not yet",
                "RED");
        assertThat(get(window, BASE + "/matters?light=GREEN").toString()).doesNotContain(code);

        JsonNode item = awaitItem(matter.path("id").asString());
        assertThat(item.path("trigger").asString()).isEqualTo("UNSIGNED");
        assertThat(item.path("responsibleUnit").asString()).isEqualTo("people-mediation");
        assertThat(item.path("assignmentId").asString()).isEqualTo(assignmentId);
        assertThat(item.path("status").asString()).isEqualTo("OPEN");

        JsonNode inbox = get(mediator, BASE + "/notifications");
        List<String> kinds = new ArrayList<>();
        inbox.path("items").forEach(n -> {
            if (n.path("matterId").asString().equals(matter.path("id").asString())) {
                kinds.add(n.path("kind").asString());
                assertThat(n.path("department").asString()).isEqualTo("people-mediation");
            }
        });
        assertThat(kinds).contains("WARNING", "SUPERVISION_OPENED");
        assertThat(get(mediator, BASE + "/notifications/unread-count")
                        .path("unread")
                        .asLong())
                .isGreaterThanOrEqualTo(kinds.size());
        JsonNode warnings =
                get(supervisor, BASE + "/warnings?matterId=" + matter.path("id").asString());
        List<String> warned = new ArrayList<>();
        warnings.path("items").forEach(w -> warned.add(w.path("kind").asString()));
        assertThat(warned).contains("DUE_SOON", "UNSIGNED");

        JsonNode current = desk.current(matter, window);
        current = desk.step(mediator, current, "/assignments/" + assignmentId + "/signature", "{}");
        current = desk.step(mediator, current, "/assignments/" + assignmentId + "/completion", """
                {"summary": "约谈装修方，约定施工时间"}""");
        current = desk.step(window, current, "/outcome", """
                {"kind": "MEDIATED_AGREEMENT", "summary": "双方达成口头协议"}""");
        current = desk.step(window, current, "/closure", "{}");

        JsonNode closed =
                get(supervisor, BASE + "/supervisions/" + item.path("id").asString());
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.path("outcome").asString()).isEqualTo("MATTER_CLOSED");
        List<String> timeline = new ArrayList<>();
        desk.timeline(current, window)
                .forEach(step -> timeline.add(step.path("kind").asString()));
        assertThat(timeline).contains("SUPERVISION_OPENED", "SUPERVISION_CLOSED");
    }

    private static String lightOf(JsonNode matter) {
        return matter.path("assignments").get(0).path("light").asString();
    }

    private static JsonNode awaitItem(String matterId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (true) {
            JsonNode page = get(supervisor, BASE + "/supervisions?matterId=" + matterId);
            if (!page.path("items").isEmpty()) {
                return page.path("items").get(0);
            }
            assertThat(Instant.now()).as("no supervision item opened").isBefore(deadline);
            Thread.sleep(1000);
        }
    }

    /** Polls until the value is the one expected (the platform's own clock runs; nothing here moves it). */
    private static void await(Duration within, Callable<String> light, String expected) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            String seen = light.call();
            if (seen.equals(expected)) {
                return;
            }
            assertThat(Instant.now())
                    .as("still " + seen + ", waiting for " + expected)
                    .isBefore(deadline);
            Thread.sleep(1000);
        }
    }

    private static String etagOf(String admin) throws Exception {
        HttpResponse<String> answer = calls.send("GET", BASE + "/configuration", admin, null, null);
        return answer.headers().firstValue("ETag").orElseThrow();
    }

    private static JsonNode get(String token, String path) throws Exception {
        HttpResponse<String> answer = calls.send("GET", path, token, null, null);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static void put(String token, String path, JsonNode body, String etag) throws Exception {
        HttpResponse<String> answer = calls.send("PUT", path, token, body.toString(), etag);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
    }
}
