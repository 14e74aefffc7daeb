package io.onedoor.cases.alarms;

import static io.onedoor.cases.Desk.id;
import static io.onedoor.cases.Desk.list;
import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseApi.Response;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.ChinaClock;
import io.onedoor.cases.Desk;
import io.onedoor.cases.Requests;
import io.onedoor.cases.clocks.TimerPoller;
import io.onedoor.support.tenancy.TenantCode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole chain of issue 11 inside one service, with nothing stood in: a matter's steps write its
 * timers, the engine's poller rings them as the service's clock moves (its own polling off, called
 * here), and what rings raises warnings, turns the ledger's light, opens supervision, fills the
 * department's inbox and resumes a paused matter on its set date; a step closes what the clocks
 * opened.
 */
@CaseServiceTest
@Import(DeadlinesEndToEndIntegrationTest.Setup.class)
@TestPropertySource(properties = "onedoor.case.timers.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadlinesEndToEndIntegrationTest {

    @Autowired
    CaseApi api;

    @Autowired
    ChinaClock clock;

    @Autowired
    TimerPoller poller;

    TenantCode center;
    Desk desk;
    CaseApi staff;
    CaseApi hrss;
    CaseApi supervisor;

    @BeforeAll
    void aCenter() {
        center = api.onboard("deadlines-e2e", "654301");
        desk = new Desk(api, center);
        staff = desk.staff();
        hrss = desk.person("hrss", "wang.hrss@deadlines");
        supervisor = desk.supervisor("zhao.supervisor@deadlines");
    }

    @Test
    void anUnsignedAssignmentTurnsYellowThenRedIsSupervisedAndItsMatterClosingClosesTheItem() {
        // Monday 2 March 2026: dispatched at 10:05, each assignment to be signed by 10:35.
        at("2026-03-02T10:00:00");
        Response registered = api.register(center, Requests.machineryRent("left unsigned"));
        at("2026-03-02T10:05:00");
        Response dispatched = desk.step(staff, registered, "/dispatch", Map.of());
        assertThat(dispatched.status()).isEqualTo(200);
        JsonNode lead = assignmentOf(dispatched, "hrss");
        assertThat(lead.path("responseDueAt").asString()).isEqualTo("2026-03-02T02:35:00Z");
        assertThat(lightsInLedger(id(dispatched))).isEqualTo("GREEN");

        // Two thirds of its half hour gone: yellow, and the department is told it is due soon.
        at("2026-03-02T10:26:00");
        poller.drain();
        assertThat(lightsInLedger(id(dispatched))).isEqualTo("YELLOW");
        assertThat(warnings(id(dispatched))).contains("DUE_SOON/hrss");

        // Past its due: red, warned as unsigned; not yet supervised.
        at("2026-03-02T10:36:00");
        poller.drain();
        assertThat(lightsInLedger(id(dispatched))).isEqualTo("RED");
        assertThat(warnings(id(dispatched))).contains("UNSIGNED/hrss");
        assertThat(items(id(dispatched))).isEmpty();

        // An hour past its due, still unsigned: under supervision, the department's inbox told.
        at("2026-03-02T11:36:00");
        poller.drain();
        // One item per assignment left unsigned, each under its own department.
        List<JsonNode> items = items(id(dispatched));
        assertThat(items)
                .extracting(i -> i.path("trigger").asString() + "/"
                        + i.path("responsibleUnit").asString())
                .hasSize(list(dispatched.body().path("assignments")).size())
                .contains("UNSIGNED/hrss");
        JsonNode item = items.stream()
                .filter(i ->
                        i.path("assignmentId").asString().equals(lead.path("id").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(item.path("responsibleUnit").asString()).isEqualTo("hrss");
        assertThat(inbox(hrss, id(dispatched))).contains("WARNING", "SUPERVISION_OPENED");
        assertThat(hrss.send("GET", tenantPath("/notifications/unread-count"), null, null)
                        .body()
                        .path("unread")
                        .asLong())
                .isPositive();
        // Nothing rings twice.
        assertThat(poller.drain()).isZero();

        // The department works the matter after all, and the center closes it: the item closes too.
        Response current = api.get(center, id(dispatched));
        for (JsonNode assignment : list(current.body().path("assignments"))) {
            CaseApi department = desk.person(
                    assignment.path("department").asString(),
                    "x@" + assignment.path("department").asString());
            String path = "/assignments/" + assignment.path("id").asString();
            current = desk.step(department, current, path + "/signature", Map.of());
            current = desk.step(department, current, path + "/completion", Map.of("summary", "已办结"));
        }
        current = desk.step(staff, current, "/outcome", Map.of("kind", "MEDIATED_AGREEMENT", "summary", "达成协议"));
        current = desk.step(staff, current, "/closure", Map.of());
        assertThat(current.status()).isEqualTo(200);
        JsonNode closed = supervisor
                .send("GET", tenantPath("/supervisions/" + item.path("id").asString()), null, null)
                .body();
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.path("outcome").asString()).isEqualTo("MATTER_CLOSED");
        assertThat(openWarnings(id(dispatched))).isEmpty();
    }

    @Test
    void aMatterPausedUntilASetMomentResumesByItselfThen() {
        at("2026-03-04T10:00:00");
        Response registered = api.register(center, Requests.machineryRent("paused until Friday"));
        Response paused = desk.step(
                staff,
                registered,
                "/pause",
                Map.of("waitingOn", "CITIZEN", "reason", "等待申请人补充劳动合同", "resumeAt", "2026-03-06T01:00:00Z"));
        assertThat(paused.status()).isEqualTo(200);
        assertThat(paused.body().path("paused").asBoolean()).isTrue();

        at("2026-03-06T08:59:00");
        poller.drain();
        assertThat(api.get(center, id(registered)).body().path("paused").asBoolean())
                .isTrue();

        at("2026-03-06T09:00:01");
        poller.drain();
        JsonNode resumed = api.get(center, id(registered)).body();
        assertThat(resumed.path("paused").asBoolean()).isFalse();
        assertThat(list(resumed.path("pauses")).getFirst().path("resumedBy").asString())
                .isEqualTo("system");
        // Its response, due 10:30 on Wednesday, moved by the 780 working minutes paused (Wednesday
        // 10:00 to Friday 09:00): 09:30 on Friday.
        assertThat(registered.body().path("responseDueAt").asString()).isEqualTo("2026-03-04T02:30:00Z");
        assertThat(resumed.path("responseDueAt").asString()).isEqualTo("2026-03-06T01:30:00Z");
    }

    @Test
    void theSupervisorsHearOfAnExtensionAskedForAndWhoeverAskedHearsTheDecision() {
        at("2026-03-09T10:00:00");
        CaseApi clerk = desk.person(null, "li.clerk@deadlines");
        Response registered = api.register(center, Requests.machineryRent("more time asked"));
        Response asked = desk.step(
                clerk, registered, "/extensions", Map.of("clock", "CLOSURE", "days", 3, "reason", "需等待劳动仲裁委出具意见"));
        assertThat(asked.status()).isEqualTo(200);
        assertThat(inbox(supervisor, id(registered))).containsExactly("EXTENSION_REQUESTED");
        assertThat(inbox(clerk, id(registered))).isEmpty();

        Response decided = desk.step(supervisor, asked, "/extensions/1/decision", Map.of("approved", true));
        assertThat(decided.status()).isEqualTo(200);
        assertThat(inbox(clerk, id(registered))).containsExactly("EXTENSION_DECIDED");
    }

    private void at(String inChina) {
        clock.set(LocalDateTime.parse(inChina));
    }

    private String tenantPath(String path) {
        return "/api/v1/tenants/" + center.value() + path;
    }

    private static JsonNode assignmentOf(Response matter, String department) {
        return list(matter.body().path("assignments")).stream()
                .filter(a -> a.path("department").asString().equals(department))
                .findFirst()
                .orElseThrow();
    }

    private String lightsInLedger(String matterId) {
        for (String light : List.of("GREEN", "YELLOW", "RED")) {
            Response page = api.list(center, "?light=" + light);
            if (list(page.body().path("items")).stream()
                    .anyMatch(row -> row.path("id").asString().equals(matterId))) {
                return light;
            }
        }
        return "none";
    }

    private List<String> warnings(String matterId) {
        return describe(
                supervisor.send("GET", tenantPath("/warnings?matterId=" + matterId), null, null),
                w -> w.path("kind").asString() + "/" + w.path("department").asString());
    }

    private List<String> openWarnings(String matterId) {
        return describe(
                supervisor.send("GET", tenantPath("/warnings?open=true&matterId=" + matterId), null, null),
                w -> w.path("kind").asString());
    }

    private List<JsonNode> items(String matterId) {
        Response page = supervisor.send("GET", tenantPath("/supervisions?matterId=" + matterId), null, null);
        assertThat(page.status()).isEqualTo(200);
        return list(page.body().path("items"));
    }

    private List<String> inbox(CaseApi reader, String matterId) {
        Response page = reader.send("GET", tenantPath("/notifications"), null, null);
        assertThat(page.status()).isEqualTo(200);
        return list(page.body().path("items")).stream()
                .filter(n -> n.path("matterId").asString().equals(matterId))
                .map(n -> n.path("kind").asString())
                .toList();
    }

    private static List<String> describe(Response page, Function<JsonNode, String> how) {
        assertThat(page.status()).isEqualTo(200);
        return list(page.body().path("items")).stream().map(how).toList();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Setup {

        @Bean
        @Primary
        ChinaClock settableClock() {
            return new ChinaClock();
        }
    }
}
