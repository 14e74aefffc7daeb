package io.onedoor.cases.locks;

import static io.onedoor.cases.Desk.fields;
import static io.onedoor.cases.Desk.id;
import static io.onedoor.cases.Desk.list;
import static io.onedoor.cases.Desk.steps;
import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseApi.Response;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.ChinaClock;
import io.onedoor.cases.Desk;
import io.onedoor.cases.Requests;
import io.onedoor.cases.TestTokens;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.testsupport.TestIssuer;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;

/**
 * 一把钥匙开一把锁 as the Yuquan case worked it: a worker's unpaid wages and his work injury are
 * split into two locks held by different departments, each proposes its key within its working
 * days, a joint meeting (会商) agrees the plan and names the agent who tracks it, and only then is
 * an outcome recorded and the matter closed. The service's clock stands on Wednesday 30 September
 * 2026, the last working day before National Day.
 */
@CaseServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(LocksIntegrationTest.Clocks.class)
class LocksIntegrationTest {

    @Autowired
    CaseApi api;

    @Autowired
    ChinaClock clock;

    TenantCode yuquan;
    Desk desk;
    CaseApi staff;
    CaseApi humanResources;
    CaseApi laborInspection;
    CaseApi court;
    CaseApi police;

    @BeforeAll
    void center() {
        yuquan = api.onboard("yuquan-locks", "654301");
        desk = new Desk(api, yuquan);
        staff = api.as(TestTokens.ISSUER.token(TestIssuer.staff(yuquan.value(), Requests.ORG_UNIT)));
        humanResources = desk.departmentStaff("hrss");
        laborInspection = desk.departmentStaff("labor-inspection");
        court = desk.departmentStaff("court");
        police = desk.departmentStaff("police");
    }

    @BeforeEach
    void beforeNationalDay() {
        clock.set(LocalDateTime.parse("2026-09-30T10:00:00"));
    }

    @Test
    void wagesAndWorkInjuryAreSplitKeyedSettledInAJointMeetingAndThenClosed() {
        Response handling = inHandling("工资加工伤");

        Response split = step(
                humanResources,
                handling,
                "/locks",
                Map.of("locks", List.of(lock("劳动报酬", "labor-inspection", 2), lock("工伤赔偿", "court", 10))));
        assertThat(split.status()).as(split.text()).isEqualTo(200);
        List<JsonNode> locks = list(split.body().path("locks"));
        assertThat(locks)
                .extracting(l ->
                        l.path("title").asString() + "/" + l.path("department").asString() + "/"
                                + l.path("status").asString())
                .containsExactly("劳动报酬/labor-inspection/OPEN", "工伤赔偿/court/OPEN");
        // National Day runs 1-7 October and Saturday 10 October is a make-up workday.
        assertThat(locks.get(0).path("dueOn").asString()).isEqualTo("2026-10-09");
        assertThat(locks.get(1).path("dueOn").asString()).isEqualTo("2026-10-20");
        assertThat(locks.get(0).path("keys").isEmpty()).isTrue();
        assertThat(steps(split))
                .contains("splitMatter", "proposeKey", "recordJointMeeting")
                .doesNotContain("recordOutcome", "closeMatter");
        // The ledger waits on the earliest lock, before the matter's own closure due (13 October).
        JsonNode listed = ledgerRow(split);
        assertThat(listed.path("closureDueOn").asString()).isEqualTo("2026-10-13");
        assertThat(listed.path("nextDueAt").asString()).isEqualTo("2026-10-09T16:00:00Z");

        String wages = locks.get(0).path("id").asString();
        String injury = locks.get(1).path("id").asString();

        Response notItsLock = step(court, split, "/locks/" + wages + "/keys", Map.of("proposal", "法院替监察大队出方案"));
        assertThat(notItsLock.status()).as(notItsLock.text()).isEqualTo(403);

        Response wagesKeyed = step(
                laborInspection, split, "/locks/" + wages + "/keys", Map.of("proposal", "核实工时112天，欠薪38600元，分两期付清"));
        assertThat(wagesKeyed.status()).as(wagesKeyed.text()).isEqualTo(200);
        JsonNode wagesLock = list(wagesKeyed.body().path("locks")).get(0);
        assertThat(wagesLock.path("status").asString()).isEqualTo("KEY_PROPOSED");
        assertThat(wagesLock.path("keys").get(0).path("department").asString()).isEqualTo("labor-inspection");
        assertThat(wagesLock.path("keys").get(0).path("proposal").asString()).contains("38600");

        // Nothing is decided while a lock stands open.
        Response earlyOutcome =
                step(staff, wagesKeyed, "/outcome", Map.of("kind", "MEDIATED_AGREEMENT", "summary", "达成协议"));
        assertThat(earlyOutcome.status()).isEqualTo(409);
        assertThat(earlyOutcome.problemType()).endsWith("/illegal-transition");
        assertThat(earlyOutcome.body().path("detail").asString()).contains("劳动报酬 (labor-inspection)", "工伤赔偿 (court)");
        Response earlyClose = step(staff, wagesKeyed, "/closure", Map.of());
        assertThat(earlyClose.status()).isEqualTo(409);
        assertThat(earlyClose.body().path("detail").asString())
                .contains("the locks 劳动报酬 (labor-inspection), 工伤赔偿 (court) are not resolved");

        // A meeting cannot settle a lock whose department has proposed nothing yet.
        Response tooSoon = step(staff, wagesKeyed, "/joint-meetings", meeting(List.of(wages, injury)));
        assertThat(tooSoon.status()).as(tooSoon.text()).isEqualTo(422);
        assertThat(fields(tooSoon)).containsExactly("locks[1]");

        Response injuryKeyed = step(court, wagesKeyed, "/locks/" + injury + "/keys", Map.of("proposal", "工伤认定后赔偿5万元"));
        Response revised = step(court, injuryKeyed, "/locks/" + injury + "/keys", Map.of("proposal", "工伤认定后一次性赔偿6万元"));
        assertThat(revised.status()).as(revised.text()).isEqualTo(200);
        JsonNode injuryLock = list(revised.body().path("locks")).get(1);
        assertThat(list(injuryLock.path("keys")))
                .extracting(key -> key.path("proposal").asString())
                .containsExactly("工伤认定后赔偿5万元", "工伤认定后一次性赔偿6万元");

        Response met = step(staff, revised, "/joint-meetings", meeting(List.of(wages, injury)));
        assertThat(met.status()).as(met.text()).isEqualTo(200);
        assertThat(list(met.body().path("locks"))).allSatisfy(l -> {
            assertThat(l.path("status").asString()).isEqualTo("RESOLVED");
            assertThat(l.path("resolvedAt").asString()).isEqualTo("2026-09-30T02:00:00Z");
        });
        JsonNode held = met.body().path("jointMeetings").get(0);
        assertThat(list(held.path("participants")))
                .extracting(JsonNode::asString)
                .containsExactly("hrss", "labor-inspection", "court", "申请人 李某");
        assertThat(held.path("agent").asString()).isEqualTo("代办员 王某");
        assertThat(list(held.path("settledLocks")))
                .extracting(JsonNode::asString)
                .containsExactly(wages, injury);
        assertThat(met.body().path("agent").asString()).isEqualTo("代办员 王某");
        assertThat(steps(met)).contains("recordOutcome").doesNotContain("proposeKey");
        assertThat(ledgerRow(met).path("nextDueAt").asString()).isEqualTo("2026-10-13T16:00:00Z");

        Response closed = closeEverything(met);
        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        assertThat(closed.body().path("status").asString()).isEqualTo("CLOSED");

        Response timeline = staff.send("GET", matterPath(handling) + "/timeline", null, null);
        List<String> kinds = list(timeline.body().path("items")).stream()
                .map(item -> item.path("kind").asString() + "/"
                        + item.path("department").asString(""))
                .filter(kind -> !kind.startsWith("ASSIGNMENT"))
                .toList();
        assertThat(kinds)
                .containsExactly(
                        "REGISTERED/",
                        "DISPATCHED/",
                        "SPLIT/",
                        "KEY_PROPOSED/labor-inspection",
                        "KEY_PROPOSED/court",
                        "KEY_PROPOSED/court",
                        "JOINT_MEETING/",
                        "OUTCOME_RECORDED/",
                        "CLOSED/");
    }

    @Test
    void badLocksKeysAndMeetingsAreRefusedNamingTheirFields() {
        Response handling = inHandling("bad input");

        Response unstationed = step(
                staff,
                handling,
                "/locks",
                Map.of("locks", List.of(lock("劳动报酬", "hrss", 5), lock("渔业补偿", "fisheries", 5))));
        assertThat(unstationed.status()).as(unstationed.text()).isEqualTo(422);
        assertThat(fields(unstationed)).containsExactly("locks[1].department");

        Response noDays = step(staff, handling, "/locks", Map.of("locks", List.of(lock("劳动报酬", "hrss", 0))));
        assertThat(noDays.status()).as(noDays.text()).isEqualTo(400);
        assertThat(noDays.text()).contains("workingDays");
        Response tooManyDays = step(staff, handling, "/locks", Map.of("locks", List.of(lock("劳动报酬", "hrss", 366))));
        assertThat(tooManyDays.status()).as(tooManyDays.text()).isEqualTo(400);

        // Police hold nothing of this matter.
        Response stranger = step(police, handling, "/locks", Map.of("locks", List.of(lock("治安", "police", 3))));
        assertThat(stranger.status()).isEqualTo(403);

        Response split = step(staff, handling, "/locks", Map.of("locks", List.of(lock("劳动报酬", "hrss", 5))));
        assertThat(split.status()).as(split.text()).isEqualTo(200);
        Response twice = step(staff, split, "/locks", Map.of("locks", List.of(lock("劳动报酬", "court", 5))));
        assertThat(twice.status()).as(twice.text()).isEqualTo(422);
        assertThat(fields(twice)).containsExactly("locks[0].title");

        Response alone = step(
                staff,
                split,
                "/joint-meetings",
                Map.of("participants", List.of("hrss", "hrss"), "plan", "独自会商", "agent", "王某"));
        assertThat(alone.status()).as(alone.text()).isEqualTo(422);
        assertThat(fields(alone)).containsExactly("participants");
        Response unknownLock =
                step(staff, split, "/joint-meetings", meeting(List.of("00000000-0000-4000-8000-000000000000")));
        assertThat(unknownLock.status()).as(unknownLock.text()).isEqualTo(422);
        assertThat(fields(unknownLock)).containsExactly("locks[0]");

        Response noSuchLock =
                step(staff, split, "/locks/00000000-0000-4000-8000-000000000000/keys", Map.of("proposal", "没有这把锁"));
        assertThat(noSuchLock.status()).isEqualTo(404);
        assertThat(noSuchLock.problemType()).endsWith("/lock-not-found");

        Response registered = api.register(yuquan, Requests.machineryRent("not dispatched yet"));
        Response tooEarly = step(staff, registered, "/locks", Map.of("locks", List.of(lock("劳动报酬", "hrss", 5))));
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.body().path("matterStatus").asString()).isEqualTo("REGISTERED");
    }

    @Test
    void aMatterSplitAgainGainsLocksAndItsWithdrawalCancelsTheOpenOnes() {
        Response handling = inHandling("withdrawn with locks");
        Response split = step(staff, handling, "/locks", Map.of("locks", List.of(lock("劳动报酬", "labor-inspection", 5))));
        String wages = list(split.body().path("locks")).getFirst().path("id").asString();
        Response keyed = step(laborInspection, split, "/locks/" + wages + "/keys", Map.of("proposal", "分期支付"));
        Response settled = step(staff, keyed, "/joint-meetings", meeting(List.of(wages)));
        assertThat(settled.status()).as(settled.text()).isEqualTo(200);

        Response again = step(staff, settled, "/locks", Map.of("locks", List.of(lock("工伤赔偿", "court", 10))));
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(list(again.body().path("locks")))
                .extracting(
                        l -> l.path("title").asString() + "/" + l.path("status").asString())
                .containsExactly("劳动报酬/RESOLVED", "工伤赔偿/OPEN");

        Response withdrawn = step(staff, again, "/withdrawal", Map.of("reason", "当事人撤回申请"));
        assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
        assertThat(list(withdrawn.body().path("locks")))
                .extracting(
                        l -> l.path("title").asString() + "/" + l.path("status").asString())
                .containsExactly("劳动报酬/RESOLVED", "工伤赔偿/CANCELLED");
        String injury =
                list(withdrawn.body().path("locks")).getLast().path("id").asString();
        Response late = step(court, withdrawn, "/locks/" + injury + "/keys", Map.of("proposal", "撤回后的方案"));
        assertThat(late.status()).isEqualTo(409);
    }

    private static Map<String, Object> lock(String title, String department, int workingDays) {
        return Map.of("title", title, "department", department, "workingDays", workingDays);
    }

    private static Map<String, Object> meeting(List<String> locks) {
        return Map.of(
                "participants",
                List.of("hrss", "labor-inspection", "court", "申请人 李某"),
                "plan",
                "用人单位十日内付清工资，工伤认定后一次性赔偿",
                "agent",
                "代办员 王某",
                "locks",
                locks);
    }

    /** A wage matter dispatched on its standard path (hrss leading, labor inspection and court), all signed. */
    private Response inHandling(String marker) {
        Response registered = api.register(yuquan, Requests.machineryRent(marker));
        assertThat(registered.status()).isEqualTo(201);
        Response current = step(staff, registered, "/dispatch", Map.of());
        for (JsonNode assignment : list(current.body().path("assignments"))) {
            current =
                    step(staff, current, "/assignments/" + assignment.path("id").asString() + "/signature", Map.of());
        }
        assertThat(current.body().path("status").asString()).isEqualTo("IN_HANDLING");
        return current;
    }

    /** Completes every assignment, records an outcome and closes. */
    private Response closeEverything(Response matter) {
        Response current = matter;
        for (JsonNode assignment : list(matter.body().path("assignments"))) {
            current = step(
                    staff,
                    current,
                    "/assignments/" + assignment.path("id").asString() + "/completion",
                    Map.of("summary", "本部门已办结"));
        }
        current = step(staff, current, "/outcome", Map.of("kind", "MEDIATED_AGREEMENT", "summary", "工资和工伤赔偿均达成协议"));
        assertThat(current.status()).as(current.text()).isEqualTo(200);
        return step(staff, current, "/closure", Map.of());
    }

    private JsonNode ledgerRow(Response matter) {
        for (JsonNode item : list(api.list(yuquan, "?limit=200").body().path("items"))) {
            if (item.path("id").asString().equals(id(matter))) {
                return item;
            }
        }
        throw new AssertionError("not in the ledger: " + id(matter));
    }

    private Response step(CaseApi as, Response matter, String path, Object body) {
        return desk.step(as, matter, path, body);
    }

    private String matterPath(Response matter) {
        return desk.path(matter);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        @Primary
        ChinaClock fixedClock() {
            return new ChinaClock();
        }
    }
}
