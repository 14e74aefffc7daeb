package io.onedoor.cases.supervision;

import static io.onedoor.cases.Desk.fields;
import static io.onedoor.cases.Desk.id;
import static io.onedoor.cases.Desk.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.onedoor.cases.Bell;
import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseApi.Response;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.ChinaClock;
import io.onedoor.cases.Desk;
import io.onedoor.cases.Requests;
import io.onedoor.cases.clocks.AlarmPhase;
import io.onedoor.cases.clocks.Timer;
import io.onedoor.cases.clocks.TimerOwner;
import io.onedoor.cases.matter.LightPolicy;
import io.onedoor.support.tenancy.TenantCode;
import jakarta.persistence.LockTimeoutException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * 督办 as Tongliao keeps its supervision list: every matter or assignment that turns red, an
 * assignment left unsigned, a lock that misses its deadline, a follow-up unsatisfied after the
 * reopenings, or a supervisor's own concern, goes on the list under a responsible unit with its own
 * deadline and light, is reminded automatically, worked step by step and closed after
 * verification (or with its matter). The service's clock stands on Tuesday 15 September 2026.
 */
@CaseServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(Bell.Configuration.class)
class SupervisionIntegrationTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    CaseApi api;

    @Autowired
    Bell bell;

    @Autowired
    Bell.RecordedTimers timers;

    @Autowired
    ChinaClock clock;

    @Autowired
    DataSource dataSource;

    TenantCode tongliao;
    Desk desk;
    CaseApi staff;
    CaseApi supervisor;
    CaseApi hrss;
    CaseApi court;

    @BeforeAll
    void center() {
        tongliao = api.onboard("tongliao-supervision", "150502");
        desk = new Desk(api, tongliao);
        staff = desk.staff();
        supervisor = supervisor(tongliao, "zhao@tongliao");
        hrss = person(tongliao, "hrss", "wang@tongliao");
        court = person(tongliao, "court", "li@tongliao");
    }

    @BeforeEach
    void tuesdayMorning() {
        at("2026-09-15T10:00:00");
    }

    @Test
    void aRedClosureOpensOneItemForTheMatterThatRemindsItsLeadAndClosesWithTheMatter() {
        Response dispatched = dispatched("办结超期");
        ring(dispatched, "CLOSURE", "matter", AlarmPhase.RED);
        ring(dispatched, "CLOSURE", "matter", AlarmPhase.RED);
        // After the dispatch nothing waits on the response: its alarm opens nothing.
        ring(dispatched, "RESPONSE", "matter", AlarmPhase.RED);

        List<JsonNode> items = items("?matterId=" + id(dispatched));
        assertThat(items).hasSize(1);
        JsonNode item = items.getFirst();
        assertThat(item.path("trigger").asString()).isEqualTo("MATTER_OVERDUE");
        assertThat(item.path("responsibleUnit").asString()).isEqualTo("hrss");
        assertThat(item.path("status").asString()).isEqualTo("OPEN");
        assertThat(item.path("openedBy").asString()).isEqualTo("system");
        assertThat(item.path("source").path("kind").asString()).isEqualTo("LOCAL");
        assertThat(item.path("matterCode").asString())
                .isEqualTo(dispatched.body().path("code").asString());
        // Three working days after Tuesday: the end of Friday 18 September, in China.
        assertThat(item.path("dueAt").asString()).isEqualTo("2026-09-18T16:00:00Z");
        assertThat(item.path("light").asString()).isEqualTo("GREEN");
        assertThat(list(item.path("steps")))
                .extracting(
                        s -> s.path("kind").asString() + "/" + s.path("actor").asString())
                .containsExactly("OPENED/system");
        assertThat(item.path("reason").asString()).contains("办结时限");

        String itemId = item.path("id").asString();
        Instant opened = Instant.parse(item.path("openedAt").asString());
        Instant due = Instant.parse(item.path("dueAt").asString());
        assertThat(timers.of(tongliao, TimerOwner.supervision(UUID.fromString(itemId))))
                .containsExactly(
                        new Timer("SUPERVISION", itemId, AlarmPhase.YELLOW, LightPolicy.DEFAULT.yellowAt(opened, due)),
                        new Timer("SUPERVISION", itemId, AlarmPhase.RED, due));

        // (The red closure also warned the departments: that is the warning's, not the item's.)
        assertThat(about(hrss, dispatched))
                .extracting(n ->
                        n.path("kind").asString() + "/" + n.path("department").asString())
                .containsExactlyInAnyOrder("SUPERVISION_OPENED/hrss", "WARNING/hrss");
        assertThat(about(supervisor, dispatched))
                .extracting(n -> n.path("kind").asString())
                .containsExactly("SUPERVISION_OPENED");
        assertThat(timeline(dispatched).getLast().path("kind").asString()).isEqualTo("SUPERVISION_OPENED");
        assertThat(timeline(dispatched)
                        .getLast()
                        .path("details")
                        .path("supervisionId")
                        .asString())
                .isEqualTo(itemId);

        // Its own alarms: a reminder (催办) at yellow and at its due, each to the responsible unit.
        at("2026-09-17T19:40:00");
        bell.ring(
                tongliao,
                TimerOwner.supervision(UUID.fromString(itemId)),
                "SUPERVISION",
                itemId,
                AlarmPhase.YELLOW,
                clock.instant());
        assertThat(item(itemId).path("light").asString()).isEqualTo("YELLOW");
        at("2026-09-19T00:01:00");
        bell.ring(
                tongliao,
                TimerOwner.supervision(UUID.fromString(itemId)),
                "SUPERVISION",
                itemId,
                AlarmPhase.RED,
                clock.instant());
        JsonNode reminded = item(itemId);
        assertThat(reminded.path("light").asString()).isEqualTo("RED");
        assertThat(list(reminded.path("steps")))
                .extracting(
                        s -> s.path("kind").asString() + "/" + s.path("actor").asString())
                .containsExactly("OPENED/system", "REMINDER/system", "REMINDER/system");
        assertThat(about(hrss, dispatched))
                .extracting(n -> n.path("kind").asString())
                .filteredOn(kind -> !kind.equals("WARNING"))
                .containsExactly("SUPERVISION_REMINDER", "SUPERVISION_REMINDER", "SUPERVISION_OPENED");
        assertThat(timeline(dispatched))
                .extracting(
                        e -> e.path("kind").asString() + "/" + e.path("actor").asString())
                .endsWith("SUPERVISION_OPENED/system", "SUPERVISION_STEP/system", "SUPERVISION_STEP/system");

        // Closing the matter closes its item, with the matter, by the system.
        Response closed = closeEverything(staff.get(tongliao, id(dispatched)));
        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        JsonNode done = item(itemId);
        assertThat(done.path("status").asString()).isEqualTo("CLOSED");
        assertThat(done.path("outcome").asString()).isEqualTo("MATTER_CLOSED");
        assertThat(done.path("closedAt").asString()).isEqualTo("2026-09-18T16:01:00Z");
        assertThat(done.path("light").asString()).as("closed after its due").isEqualTo("RED");
        assertThat(list(done.path("steps")).getLast().path("actor").asString()).isEqualTo("system");
        assertThat(list(done.path("steps")).getLast().path("kind").asString()).isEqualTo("CLOSE");
        assertThat(timers.known(tongliao, TimerOwner.supervision(UUID.fromString(itemId))))
                .isTrue();
        assertThat(timers.of(tongliao, TimerOwner.supervision(UUID.fromString(itemId))))
                .isEmpty();
        assertThat(timeline(dispatched))
                .extracting(e -> e.path("kind").asString())
                .endsWith("CLOSED", "SUPERVISION_CLOSED");

        // An alarm of the closed item finds nothing to remind.
        bell.ring(
                tongliao,
                TimerOwner.supervision(UUID.fromString(itemId)),
                "SUPERVISION",
                itemId,
                AlarmPhase.RED,
                clock.instant());
        assertThat(list(item(itemId).path("steps"))).hasSize(4);
    }

    @Test
    void anAlarmGivesWayToAStepHoldingItsMatterAndOpensTheItemWhenItRingsAgain() throws SQLException {
        Response dispatched = dispatched("让行");
        Throwable gaveWay;
        try (Connection step = dataSource.getConnection()) {
            // A step of the matter in flight: its row held until it commits.
            step.setAutoCommit(false);
            try (Statement holding = step.createStatement()) {
                holding.execute("select 1 from " + tongliao.quotedSchemaName() + ".matter where id = '" + id(dispatched)
                        + "' for no key update");
            }
            gaveWay = catchThrowable(() -> ring(dispatched, "CLOSURE", "matter", AlarmPhase.RED));
            step.rollback();
        }
        assertThat(gaveWay).isInstanceOf(LockTimeoutException.class);
        // Nothing of that ring remains, its warning neither.
        assertThat(items("?matterId=" + id(dispatched))).isEmpty();
        assertThat(supervisor
                        .send("GET", tenantPath("/warnings?matterId=" + id(dispatched)), null, null)
                        .body()
                        .path("items"))
                .isEmpty();

        ring(dispatched, "CLOSURE", "matter", AlarmPhase.RED);
        assertThat(items("?matterId=" + id(dispatched)))
                .extracting(i -> i.path("trigger").asString())
                .containsExactly("MATTER_OVERDUE");
    }

    @Test
    void redHandlingAnUnsignedAssignmentAndAMissedLockOpenItemsForTheirDepartments() {
        Response dispatched = dispatched("交办超期");
        String hrssAssignment = assignment(dispatched, "hrss");
        String courtAssignment = assignment(dispatched, "court");
        Response signed = desk.step(hrss, dispatched, "/assignments/" + hrssAssignment + "/signature", Map.of());
        assertThat(signed.status()).as(signed.text()).isEqualTo(200);
        Response split = desk.step(
                staff,
                signed,
                "/locks",
                Map.of("locks", List.of(Map.of("title", "劳动报酬", "department", "labor-inspection", "workingDays", 2))));
        assertThat(split.status()).as(split.text()).isEqualTo(200);
        String lock = list(split.body().path("locks")).getFirst().path("id").asString();

        ring(split, "HANDLING", hrssAssignment, AlarmPhase.RED);
        ring(split, "SIGN_OFF", courtAssignment, AlarmPhase.SUPERVISE_UNSIGNED);
        ring(split, "LOCK", lock, AlarmPhase.RED);
        // Signed already: the human resources bureau is not supervised for signing late.
        ring(split, "SIGN_OFF", hrssAssignment, AlarmPhase.SUPERVISE_UNSIGNED);
        // A lock's yellow is a warning, not supervision.
        ring(split, "LOCK", lock, AlarmPhase.YELLOW);

        Map<String, JsonNode> byTrigger = new LinkedHashMap<>();
        items("?matterId=" + id(dispatched))
                .forEach(i -> byTrigger.put(i.path("trigger").asString(), i));
        assertThat(byTrigger).containsOnlyKeys("ASSIGNMENT_OVERDUE", "UNSIGNED", "LOCK_MISSED");
        assertThat(byTrigger.get("ASSIGNMENT_OVERDUE").path("responsibleUnit").asString())
                .isEqualTo("hrss");
        assertThat(byTrigger.get("ASSIGNMENT_OVERDUE").path("assignmentId").asString())
                .isEqualTo(hrssAssignment);
        assertThat(byTrigger.get("UNSIGNED").path("responsibleUnit").asString()).isEqualTo("court");
        assertThat(byTrigger.get("UNSIGNED").path("assignmentId").asString()).isEqualTo(courtAssignment);
        assertThat(byTrigger.get("LOCK_MISSED").path("responsibleUnit").asString())
                .isEqualTo("labor-inspection");
        assertThat(byTrigger.get("LOCK_MISSED").has("assignmentId")).isFalse();
        assertThat(about(court, dispatched))
                .extracting(n -> n.path("kind").asString())
                .containsExactly("SUPERVISION_OPENED");

        // Withdrawn, the matter takes its items with it.
        Response withdrawn =
                desk.step(staff, staff.get(tongliao, id(dispatched)), "/withdrawal", Map.of("reason", "申请人撤回"));
        assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
        assertThat(items("?matterId=" + id(dispatched)))
                .extracting(i ->
                        i.path("status").asString() + "/" + i.path("outcome").asString())
                .containsExactly("CLOSED/WITHDRAWN", "CLOSED/WITHDRAWN", "CLOSED/WITHDRAWN");
        assertThat(timeline(withdrawn))
                .extracting(e -> e.path("kind").asString())
                .endsWith("WITHDRAWN", "SUPERVISION_CLOSED", "SUPERVISION_CLOSED", "SUPERVISION_CLOSED");
    }

    @Test
    void aThirdUnsatisfiedFollowUpPutsTheMatterUnderSupervisionOfItsLead() {
        Response current = closeEverything(signedAll(dispatched("回访不满意")));
        for (int visit = 1; visit <= 3; visit++) {
            current = desk.step(staff, current, "/follow-ups", Map.of("satisfaction", "UNSATISFIED"));
            assertThat(current.status()).as(current.text()).isEqualTo(200);
            if (visit < 3) {
                assertThat(items("?matterId=" + id(current))).isEmpty();
                current = closeEverything(current);
            }
        }
        assertThat(current.body().path("status").asString()).isEqualTo("FOLLOWED_UP");
        List<JsonNode> items = items("?matterId=" + id(current));
        assertThat(items).hasSize(1);
        assertThat(items.getFirst().path("trigger").asString()).isEqualTo("UNSATISFIED");
        assertThat(items.getFirst().path("responsibleUnit").asString()).isEqualTo("hrss");
        assertThat(items.getFirst().path("status").asString()).isEqualTo("OPEN");

        // It outlives the matter, which has ended: the supervisor closes it after verification.
        Response closed = step(items.getFirst().path("id").asString(), "CLOSE", "核查：已向申请人解释并补发工资", "RECTIFIED");
        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        assertThat(closed.body().path("outcome").asString()).isEqualTo("RECTIFIED");
    }

    @Test
    void aSupervisorWorksAnItemByHandThroughEveryStepToItsCloseAfterVerification() {
        Response dispatched = dispatched("人工督办");
        String courtAssignment = assignment(dispatched, "court");
        Response opened = supervisor.send(
                "POST",
                tenantPath("/supervisions"),
                Map.of(
                        "matterId",
                        id(dispatched),
                        "assignmentId",
                        courtAssignment,
                        "responsiblePerson",
                        "li@tongliao",
                        "reason",
                        "法院迟迟未签收，群众多次来电"),
                null);
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        String itemId = opened.body().path("id").asString();
        assertThat(opened.headers().getLocation())
                .hasToString("/api/v1/tenants/" + tongliao.value() + "/supervisions/" + itemId);
        assertThat(opened.body().path("trigger").asString()).isEqualTo("MANUAL");
        assertThat(opened.body().path("responsibleUnit").asString())
                .as("the assignment's")
                .isEqualTo("court");
        assertThat(opened.body().path("responsiblePerson").asString()).isEqualTo("li@tongliao");
        assertThat(opened.body().path("openedBy").asString()).isEqualTo("zhao@tongliao");
        assertThat(opened.body().path("dueAt").asString()).isEqualTo("2026-09-18T16:00:00Z");

        List<String> kinds = List.of(
                "REMINDER", "INTERVIEW", "CRITICISM_NOTICE", "RECTIFICATION_NOTICE", "ACCOUNTABILITY_RECOMMENDATION");
        for (int i = 0; i < kinds.size(); i++) {
            at("2026-09-16T1" + i + ":00:00");
            Response stepped = step(itemId, kinds.get(i), "第 " + (i + 1) + " 步", null);
            assertThat(stepped.status()).as(stepped.text()).isEqualTo(200);
            assertThat(list(stepped.body().path("steps")).getLast().path("kind").asString())
                    .isEqualTo(kinds.get(i));
        }

        Response noOutcome = step(itemId, "CLOSE", "核查完毕", null);
        assertThat(noOutcome.status()).isEqualTo(422);
        assertThat(fields(noOutcome)).containsExactly("outcome");
        Response matterOutcome = step(itemId, "CLOSE", "核查完毕", "MATTER_CLOSED");
        assertThat(matterOutcome.status()).isEqualTo(422);
        assertThat(fields(matterOutcome)).containsExactly("outcome");
        Response outcomeOnInterview = step(itemId, "INTERVIEW", "再次约谈", "RECTIFIED");
        assertThat(outcomeOnInterview.status()).isEqualTo(422);
        assertThat(fields(outcomeOnInterview)).containsExactly("outcome");

        at("2026-09-17T15:00:00");
        Response closed = step(itemId, "CLOSE", "核查：法院已签收并在办", "RECTIFIED");
        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        assertThat(closed.body().path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.body().path("outcome").asString()).isEqualTo("RECTIFIED");
        assertThat(closed.body().path("closedAt").asString()).isEqualTo("2026-09-17T07:00:00Z");
        assertThat(list(closed.body().path("steps")))
                .extracting(
                        s -> s.path("kind").asString() + "/" + s.path("actor").asString())
                .containsExactly(
                        "OPENED/zhao@tongliao",
                        "REMINDER/zhao@tongliao",
                        "INTERVIEW/zhao@tongliao",
                        "CRITICISM_NOTICE/zhao@tongliao",
                        "RECTIFICATION_NOTICE/zhao@tongliao",
                        "ACCOUNTABILITY_RECOMMENDATION/zhao@tongliao",
                        "CLOSE/zhao@tongliao");
        assertThat(list(closed.body().path("steps")).getLast().path("note").asString())
                .isEqualTo("核查：法院已签收并在办");
        assertThat(timers.of(tongliao, TimerOwner.supervision(UUID.fromString(itemId))))
                .isEmpty();

        Response afterClose = step(itemId, "REMINDER", "再催一次", null);
        assertThat(afterClose.status()).isEqualTo(409);
        assertThat(afterClose.problemType()).endsWith("/supervision-closed");

        assertThat(timeline(dispatched))
                .extracting(e ->
                        e.path("kind").asString() + "/" + e.path("department").asString("") + "/"
                                + e.path("details").path("step").asString(""))
                .endsWith(
                        "SUPERVISION_OPENED/court/",
                        "SUPERVISION_STEP/court/REMINDER",
                        "SUPERVISION_STEP/court/INTERVIEW",
                        "SUPERVISION_STEP/court/CRITICISM_NOTICE",
                        "SUPERVISION_STEP/court/RECTIFICATION_NOTICE",
                        "SUPERVISION_STEP/court/ACCOUNTABILITY_RECOMMENDATION",
                        "SUPERVISION_CLOSED/court/");
        assertThat(about(person(tongliao, "police", "li@tongliao"), dispatched))
                .as("the person named responsible, personally")
                .extracting(n -> n.path("kind").asString())
                .containsExactly(
                        "SUPERVISION_STEP",
                        "SUPERVISION_STEP",
                        "SUPERVISION_STEP",
                        "SUPERVISION_STEP",
                        "SUPERVISION_STEP",
                        "SUPERVISION_REMINDER",
                        "SUPERVISION_OPENED");

        // Supervision does not change the matter: a step decided on the version read before goes through.
        Response matterStep = desk.step(court, dispatched, "/assignments/" + courtAssignment + "/signature", Map.of());
        assertThat(matterStep.status()).as(matterStep.text()).isEqualTo(200);
    }

    @Test
    void openingByHandIsRefusedNamingWhatIsWrong() {
        Response dispatched = dispatched("人工督办校验");
        Response other = dispatched("另一事项");

        Response unknownMatter = open(Map.of("matterId", UUID.randomUUID().toString(), "reason", "核查"));
        assertThat(unknownMatter.status()).isEqualTo(404);
        Response foreignAssignment =
                open(Map.of("matterId", id(dispatched), "assignmentId", assignment(other, "court"), "reason", "核查"));
        assertThat(foreignAssignment.status()).isEqualTo(422);
        assertThat(fields(foreignAssignment)).containsExactly("assignmentId");
        Response badUnitAndDue = open(Map.of(
                "matterId", id(dispatched),
                "responsibleUnit", "fisheries",
                "dueAt", "2026-09-15T01:00:00Z",
                "reason", "核查"));
        assertThat(badUnitAndDue.status()).isEqualTo(422);
        assertThat(fields(badUnitAndDue)).containsExactly("responsibleUnit", "dueAt");
        Response noReason = open(Map.of("matterId", id(dispatched)));
        assertThat(noReason.status()).isEqualTo(400);

        Response first = open(Map.of(
                "matterId", id(dispatched),
                "responsibleUnit", "police",
                "dueAt", "2026-09-30T09:00:00Z",
                "reason", "群众反映"));
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(first.body().path("responsibleUnit").asString()).isEqualTo("police");
        assertThat(first.body().path("dueAt").asString()).isEqualTo("2026-09-30T09:00:00Z");
        Response second = open(Map.of("matterId", id(dispatched), "reason", "再次反映"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.problemType()).endsWith("/supervision-already-open");
        assertThat(second.body().path("supervisionId").asString())
                .isEqualTo(first.body().path("id").asString());

        // Staff read supervision but do not open it.
        Response byStaff = staff.send(
                "POST", tenantPath("/supervisions"), Map.of("matterId", id(dispatched), "reason", "核查"), null);
        assertThat(byStaff.status()).isEqualTo(403);
        assertThat(staff.send(
                                "GET",
                                tenantPath("/supervisions/"
                                        + first.body().path("id").asString()),
                                null,
                                null)
                        .status())
                .isEqualTo(200);

        Response withdrawn = desk.step(staff, other, "/withdrawal", Map.of("reason", "申请人撤回"));
        assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
        Response onWithdrawn = open(Map.of("matterId", id(other), "reason", "核查"));
        assertThat(onWithdrawn.status()).isEqualTo(409);
        assertThat(onWithdrawn.problemType()).endsWith("/matter-withdrawn");

        Response unknownItem = supervisor.send("GET", tenantPath("/supervisions/" + UUID.randomUUID()), null, null);
        assertThat(unknownItem.status()).isEqualTo(404);
        assertThat(unknownItem.problemType()).endsWith("/supervision-not-found");
        assertThat(step(UUID.randomUUID().toString(), "REMINDER", "催办", null).status())
                .isEqualTo(404);
    }

    @Test
    void theListPutsTheWorstLightFirstAndTheBoardCountsOpenItemsByLightUnitAndAge() {
        TenantCode horqin = api.onboard("horqin-board", "150521");
        CaseApi boss = supervisor(horqin, "zhang@horqin");
        // Opened at different moments, each with its own deadline.
        String lateCourt = openAt(horqin, boss, "2026-08-03T10:00:00", "court", "2026-08-10T02:00:00Z");
        String greenHrss = openAt(horqin, boss, "2026-09-10T10:00:00", "hrss", "2026-09-30T02:00:00Z");
        String yellowHrss = openAt(horqin, boss, "2026-09-14T10:00:00", "hrss", "2026-09-15T04:00:00Z");
        String lateHrss = openAt(horqin, boss, "2026-09-12T10:00:00", "hrss", "2026-09-14T02:00:00Z");
        String closedPolice = openAt(horqin, boss, "2026-09-11T10:00:00", "police", "2026-09-20T02:00:00Z");
        at("2026-09-13T10:00:00");
        Response rectified = boss.send(
                "POST",
                "/api/v1/tenants/" + horqin.value() + "/supervisions/" + closedPolice + "/steps",
                Map.of("kind", "CLOSE", "note", "核查：已整改", "outcome", "RECTIFIED"),
                null);
        assertThat(rectified.status()).as(rectified.text()).isEqualTo(200);
        at("2026-09-15T10:00:00");

        String supervisions = "/api/v1/tenants/" + horqin.value() + "/supervisions";
        List<JsonNode> all =
                list(boss.send("GET", supervisions, null, null).body().path("items"));
        assertThat(all)
                .extracting(i -> i.path("id").asString())
                .containsExactly(lateCourt, lateHrss, yellowHrss, greenHrss, closedPolice);
        assertThat(all)
                .extracting(i -> i.path("light").asString())
                .containsExactly("RED", "RED", "YELLOW", "GREEN", "GREEN");
        assertThat(list(boss.send("GET", supervisions + "?light=RED", null, null)
                        .body()
                        .path("items")))
                .extracting(i -> i.path("id").asString())
                .containsExactly(lateCourt, lateHrss);
        assertThat(list(boss.send("GET", supervisions + "?light=YELLOW,GREEN&status=OPEN", null, null)
                        .body()
                        .path("items")))
                .extracting(i -> i.path("id").asString())
                .containsExactly(yellowHrss, greenHrss);
        assertThat(list(boss.send("GET", supervisions + "?status=CLOSED", null, null)
                        .body()
                        .path("items")))
                .extracting(i -> i.path("id").asString())
                .containsExactly(closedPolice);
        assertThat(list(boss.send("GET", supervisions + "?responsibleUnit=court", null, null)
                        .body()
                        .path("items")))
                .extracting(i -> i.path("id").asString())
                .containsExactly(lateCourt);

        // Page by page, in the same order.
        Response first = boss.send("GET", supervisions + "?limit=2", null, null);
        Response second = boss.send(
                "GET",
                supervisions + "?limit=2&cursor="
                        + first.body().path("nextCursor").asString(),
                null,
                null);
        Response third = boss.send(
                "GET",
                supervisions + "?limit=2&cursor="
                        + second.body().path("nextCursor").asString(),
                null,
                null);
        assertThat(List.of(first, second, third))
                .flatExtracting(page -> list(page.body().path("items")))
                .extracting(i -> i.path("id").asString())
                .containsExactly(lateCourt, lateHrss, yellowHrss, greenHrss, closedPolice);
        assertThat(third.body().has("nextCursor")).isFalse();

        Response shown = boss.send("GET", "/api/v1/tenants/" + horqin.value() + "/supervision-board", null, null);
        assertThat(shown.status()).as(shown.text()).isEqualTo(200);
        JsonNode boardBody = shown.body();
        assertThat(counts(boardBody.path("open"))).isEqualTo("1/1/2");
        assertThat(list(boardBody.path("byUnit")))
                .extracting(u -> u.path("responsibleUnit").asString() + " " + counts(u.path("counts")))
                .containsExactly("hrss 1/1/1", "court 0/0/1");
        assertThat(list(boardBody.path("byAge")))
                .extracting(a -> a.path("bucket").asString() + " " + counts(a.path("counts")))
                .containsExactly("0-1 0/1/0", "2-3 0/0/1", "4-7 1/0/0", "8-30 0/0/0", "31+ 0/0/1");
        assertThat(list(boardBody.path("closed")))
                .extracting(c ->
                        c.path("outcome").asString() + " " + c.path("count").asLong())
                .containsExactly("RECTIFIED 1", "MATTER_CLOSED 0", "WITHDRAWN 0", "UNFOUNDED 0");

        // Another center's supervisors see none of it, not even by its ids.
        String tongliaoPath = "/api/v1/tenants/" + tongliao.value();
        assertThat(list(supervisor
                                .send("GET", tongliaoPath + "/supervisions?limit=200", null, null)
                                .body()
                                .path("items"))
                        .stream()
                        .map(i -> i.path("id").asString()))
                .doesNotContain(lateCourt, greenHrss, yellowHrss, lateHrss, closedPolice);
        Response foreign = supervisor.send("GET", tongliaoPath + "/supervisions/" + lateCourt, null, null);
        assertThat(foreign.status()).isEqualTo(404);
        Response foreignStep = supervisor.send(
                "POST",
                tongliaoPath + "/supervisions/" + lateCourt + "/steps",
                Map.of("kind", "REMINDER", "note", "越界催办"),
                null);
        assertThat(foreignStep.status()).isEqualTo(404);
        Response crossing = supervisor.send("GET", "/api/v1/tenants/" + horqin.value() + "/supervisions", null, null);
        assertThat(crossing.status()).isEqualTo(403);
    }

    /** A matter of the center opened by hand at a moment in China, its item's id. */
    private String openAt(TenantCode tenant, CaseApi boss, String moment, String unit, String dueAt) {
        at(moment);
        Response registered = api.register(tenant, Requests.machineryRent("board " + moment));
        assertThat(registered.status()).isEqualTo(201);
        Response opened = boss.send(
                "POST",
                "/api/v1/tenants/" + tenant.value() + "/supervisions",
                Map.of("matterId", id(registered), "responsibleUnit", unit, "dueAt", dueAt, "reason", "看板"),
                null);
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        return opened.body().path("id").asString();
    }

    private static String counts(JsonNode counts) {
        return counts.path("green").asLong() + "/" + counts.path("yellow").asLong() + "/"
                + counts.path("red").asLong();
    }

    private void at(String inChina) {
        clock.set(LocalDateTime.parse(inChina));
    }

    private Response dispatched(String marker) {
        Response registered = api.register(tongliao, Requests.machineryRent(marker));
        assertThat(registered.status()).isEqualTo(201);
        Response dispatched = desk.step(staff, registered, "/dispatch", Map.of());
        assertThat(dispatched.status()).as(dispatched.text()).isEqualTo(200);
        return dispatched;
    }

    private Response signedAll(Response dispatched) {
        Response current = dispatched;
        for (JsonNode assignment : list(dispatched.body().path("assignments"))) {
            current = desk.step(
                    staff, current, "/assignments/" + assignment.path("id").asString() + "/signature", Map.of());
            assertThat(current.status()).as(current.text()).isEqualTo(200);
        }
        return current;
    }

    /** Signs and completes whatever is still open, records an outcome and closes. */
    private Response closeEverything(Response matter) {
        Response current = matter;
        for (JsonNode assignment : list(matter.body().path("assignments"))) {
            String path = "/assignments/" + assignment.path("id").asString();
            String status = assignment.path("status").asString();
            if (status.equals("PENDING")) {
                current = desk.step(staff, current, path + "/signature", Map.of());
                status = "SIGNED";
            }
            if (status.equals("SIGNED")) {
                current = desk.step(staff, current, path + "/completion", Map.of("summary", "本部门已办结"));
            }
            assertThat(current.status()).as(current.text()).isEqualTo(200);
        }
        current = desk.step(staff, current, "/outcome", Map.of("kind", "MEDIATED_AGREEMENT", "summary", "达成协议"));
        assertThat(current.status()).as(current.text()).isEqualTo(200);
        return desk.step(staff, current, "/closure", Map.of());
    }

    private void ring(Response matter, String clockKind, String subject, AlarmPhase phase) {
        bell.ring(tongliao, TimerOwner.matter(UUID.fromString(id(matter))), clockKind, subject, phase, clock.instant());
    }

    private static String assignment(Response matter, String department) {
        return list(matter.body().path("assignments")).stream()
                .filter(a -> a.path("department").asString().equals(department))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asString();
    }

    private Response open(Map<String, Object> body) {
        return supervisor.send("POST", tenantPath("/supervisions"), body, null);
    }

    private Response step(String item, String kind, String note, String outcome) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("note", note);
        if (outcome != null) {
            body.put("outcome", outcome);
        }
        return supervisor.send("POST", tenantPath("/supervisions/" + item + "/steps"), body, null);
    }

    private List<JsonNode> items(String query) {
        Response page = supervisor.send("GET", tenantPath("/supervisions" + query), null, null);
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        return list(page.body().path("items"));
    }

    private JsonNode item(String id) {
        Response item = supervisor.send("GET", tenantPath("/supervisions/" + id), null, null);
        assertThat(item.status()).as(item.text()).isEqualTo(200);
        return item.body();
    }

    private List<JsonNode> timeline(Response matter) {
        Response timeline = staff.send("GET", desk.path(matter) + "/timeline", null, null);
        assertThat(timeline.status()).as(timeline.text()).isEqualTo(200);
        return list(timeline.body().path("items"));
    }

    /** The reader's notifications about the matter, newest first. */
    private List<JsonNode> about(CaseApi reader, Response matter) {
        Response page = reader.send("GET", tenantPath("/notifications?limit=200"), null, null);
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        return list(page.body().path("items")).stream()
                .filter(n -> n.path("matterId").asString().equals(id(matter)))
                .toList();
    }

    private String tenantPath(String path) {
        return "/api/v1/tenants/" + tongliao.value() + path;
    }

    private CaseApi person(TenantCode tenant, String department, String login) {
        return new Desk(api, tenant).person(department, login);
    }

    private CaseApi supervisor(TenantCode tenant, String login) {
        return new Desk(api, tenant).supervisor(login);
    }
}
