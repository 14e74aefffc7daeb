package io.onedoor.cases.pausing;

import static io.onedoor.cases.Desk.fields;
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
import io.onedoor.cases.clocks.Alarm;
import io.onedoor.cases.clocks.AlarmPhase;
import io.onedoor.cases.clocks.Timer;
import io.onedoor.cases.clocks.TimerOwner;
import io.onedoor.support.tenancy.CurrentTenant;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.testsupport.TestIssuer;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.JsonNode;

/**
 * A matter's clocks as a center works them (docs/matter-lifecycle.md, Clocks): paused while it
 * waits on the citizen across Spring Festival 2026 and resumed with every SLA due moved by the
 * working time the pause covered, while the petition clock (信访) runs on; resumed by itself on
 * its set date; extended (延期) on the closure due or the petition clock by a supervisor's
 * decision; and lit green, yellow and red at the center's own thresholds. The service's clock is
 * set to each moment the test needs.
 *
 * <p>The test calendar is China's 2026 as the State Council declared it: Spring Festival from
 * Sunday 15 to Monday 23 February off, Saturdays 14 and 28 February make-up workdays; working
 * hours 09:00-12:00 and 13:30-17:30 (420 minutes a day).
 */
@CaseServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(ClocksIntegrationTest.Clocks.class)
class ClocksIntegrationTest {

    @Autowired
    CaseApi api;

    @Autowired
    ChinaClock clock;

    @Autowired
    ScheduledResumes scheduledResumes;

    @Autowired
    TransactionOperations transactions;

    TenantCode altay;
    Desk desk;
    CaseApi staff;
    CaseApi supervisor;

    @BeforeAll
    void center() {
        altay = api.onboard("clocks-altay", "654301");
        desk = new Desk(api, altay);
        staff = desk.staff();
        supervisor = supervisorOf(altay);
    }

    @Test
    void aPauseAcrossSpringFestivalMovesEverySlaDueByTheWorkingTimeItCoveredAndNotThePetitionClock() {
        // Thursday 12 February, 14:00: a petition is registered, dispatched, signed by its lead,
        // split and a department whistled in, all in the afternoon before the holiday.
        at("2026-02-12T14:00");
        Response registered = api.register(altay, petition("across Spring Festival"));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        assertThat(registered.body().path("responseDueAt").asString()).isEqualTo("2026-02-12T06:30:00Z");
        assertThat(registered.body().path("closureDueOn").asString()).isEqualTo("2026-02-26");
        // 60 calendar days after 12 February is 13 April; the clock runs out at its end in China.
        assertThat(registered.body().path("petitionDueAt").asString()).isEqualTo("2026-04-13T16:00:00Z");
        at("2026-02-12T14:10");
        Response dispatched = step(registered, "/dispatch", Map.of());
        assertThat(dispatched.status()).as(dispatched.text()).isEqualTo(200);
        at("2026-02-12T14:20");
        Response signed = step(dispatched, "/assignments/" + assignment(dispatched, "hrss") + "/signature", Map.of());
        at("2026-02-12T14:30");
        Response split = step(
                signed,
                "/locks",
                Map.of("locks", List.of(Map.of("title", "劳动报酬", "department", "hrss", "workingDays", 2))));
        assertThat(split.status()).as(split.text()).isEqualTo(200);
        assertThat(part(split, "locks", "hrss").path("dueOn").asString()).isEqualTo("2026-02-14");
        at("2026-02-12T15:50");
        Response whistled = step(split, "/whistles", Map.of("department", "justice", "reason", "核实劳动合同"));
        assertThat(whistled.status()).as(whistled.text()).isEqualTo(200);
        assertThat(part(whistled, "whistles", "justice").path("arrivalDueAt").asString())
                .isEqualTo("2026-02-12T08:20:00Z");

        // 16:00: the applicant must bring his wage records; he comes back on Wednesday 25 February.
        at("2026-02-12T16:00");
        Response paused = step(whistled, "/pause", Map.of("waitingOn", "CITIZEN", "reason", "等待申请人补充工资记录"));
        assertThat(paused.status()).as(paused.text()).isEqualTo(200);
        assertThat(paused.body().path("paused").asBoolean()).isTrue();
        assertThat(steps(paused)).contains("resumeMatter").doesNotContain("pauseMatter");
        // While paused only the statutory petition clock runs: it neither stops nor moves.
        at("2026-02-20T11:00");
        Response duringThePause = api.get(altay, Desk.id(paused));
        assertThat(list(duringThePause.body().path("clocks")))
                .extracting(c -> c.path("kind").asString() + "/"
                        + c.path("family").asString() + "/" + c.path("dueAt").asString())
                .containsExactly("PETITION/STATUTORY/2026-04-13T16:00:00Z");
        assertThat(duringThePause.body().path("light").asString()).isEqualTo("GREEN");
        assertThat(part(duringThePause, "assignments", "court").has("light")).isFalse();

        at("2026-02-25T10:00");
        Response resumed = step(duringThePause, "/resume", Map.of("remarks", "工资记录已补齐"));

        assertThat(resumed.status()).as(resumed.text()).isEqualTo(200);
        assertThat(resumed.body().path("paused").asBoolean()).isFalse();
        // Working time paused: Thu 16:00-17:30 (90), Fri 13 and Sat 14 (make-up) and Tue 24 (420
        // each), Wed 25 09:00-10:00 (60); working days from the 12th up to the 25th: 12, 13, 14, 24.
        JsonNode pause = list(resumed.body().path("pauses")).getFirst();
        assertThat(pause.path("number").asInt()).isEqualTo(1);
        assertThat(pause.path("waitingOn").asString()).isEqualTo("CITIZEN");
        assertThat(pause.path("pausedAt").asString()).isEqualTo("2026-02-12T08:00:00Z");
        assertThat(pause.path("resumedAt").asString()).isEqualTo("2026-02-25T02:00:00Z");
        assertThat(pause.path("pausedWorkingMinutes").asLong()).isEqualTo(1410);
        assertThat(pause.path("pausedWorkingDays").asInt()).isEqualTo(4);
        // Day dues move by 4 working days: Fri 27 and Sat 28 (make-up) February, Mon 2, Tue 3 March.
        assertThat(resumed.body().path("closureDueOn").asString()).isEqualTo("2026-03-03");
        assertThat(part(resumed, "locks", "hrss").path("dueOn").asString()).isEqualTo("2026-02-27");
        for (String department : List.of("hrss", "labor-inspection", "court")) {
            assertThat(part(resumed, "assignments", department)
                            .path("handlingDueOn")
                            .asString())
                    .as(department)
                    .isEqualTo("2026-03-03");
        }
        // Minute dues move by 1410 working minutes. An unsigned co-handler, 80 working minutes
        // overdue when paused, is as overdue after it: due Tue 24 February 17:10.
        for (String department : List.of("labor-inspection", "court")) {
            JsonNode unsigned = part(resumed, "assignments", department);
            assertThat(unsigned.path("responseDueAt").asString()).as(department).isEqualTo("2026-02-24T09:10:00Z");
            assertThat(unsigned.path("light").asString()).isEqualTo("RED");
        }
        // The lead signed before the pause: its sign-off due is history and stays.
        assertThat(part(resumed, "assignments", "hrss").path("responseDueAt").asString())
                .isEqualTo("2026-02-12T06:40:00Z");
        // The justice bureau had 20 working minutes left to arrive, and has them again: 10:20.
        assertThat(part(resumed, "whistles", "justice").path("arrivalDueAt").asString())
                .isEqualTo("2026-02-25T02:20:00Z");
        // The matter's own response stopped at the dispatch, and the statutory clock never pauses.
        assertThat(resumed.body().path("responseDueAt").asString()).isEqualTo("2026-02-12T06:30:00Z");
        assertThat(resumed.body().path("petitionDueAt").asString()).isEqualTo("2026-04-13T16:00:00Z");
        assertThat(list(resumed.body().path("clocks")))
                .extracting(c -> c.path("kind").asString())
                .contains("CLOSURE", "SIGN_OFF", "HANDLING", "ARRIVAL", "LOCK", "PETITION");

        JsonNode step = timeline(resumed).getLast();
        assertThat(step.path("kind").asString()).isEqualTo("RESUMED");
        assertThat(step.path("details").path("pausedWorkingMinutes").asLong()).isEqualTo(1410);
        assertThat(step.path("details").path("pausedWorkingDays").asInt()).isEqualTo(4);
        assertThat(step.path("details").path("remarks").asString()).isEqualTo("工资记录已补齐");
        assertThat(list(step.path("details").path("moved")))
                .extracting(m -> m.path("clock").asString())
                .contains("CLOSURE", "SIGN_OFF", "HANDLING", "ARRIVAL", "LOCK")
                .doesNotContain("PETITION", "RESPONSE");
        assertThat(timeline(resumed)
                        .get(timeline(resumed).size() - 2)
                        .path("kind")
                        .asString())
                .isEqualTo("PAUSED");
    }

    @Test
    void aPauseWithASetDateIsResumedByItsAlarmAsOfThatDateAndOnlyOnce() {
        // Tuesday 10 March, 09:00: due 09:30, closed by Tuesday 17 March.
        at("2026-03-10T09:00");
        Response registered = api.register(altay, Requests.machineryRent("appraisal"));
        at("2026-03-10T09:10");
        Response paused = step(
                registered,
                "/pause",
                Map.of(
                        "waitingOn", "OUTSIDE_BODY",
                        "reason", "等待司法鉴定意见",
                        "resumeAt", "2026-03-11T01:10:00Z"));
        assertThat(paused.status()).as(paused.text()).isEqualTo(200);
        assertThat(list(paused.body().path("pauses"))
                        .getFirst()
                        .path("resumeAt")
                        .asString())
                .isEqualTo("2026-03-11T01:10:00Z");

        // The engine rings a few seconds after the set date, in the tenant's scope and transaction.
        at("2026-03-11T09:10:03");
        ring(registered, AlarmPhase.RESUME);

        Response resumed = api.get(altay, Desk.id(registered));
        assertThat(resumed.body().path("paused").asBoolean()).isFalse();
        JsonNode pause = list(resumed.body().path("pauses")).getFirst();
        assertThat(pause.path("resumedAt").asString()).isEqualTo("2026-03-11T01:10:00Z");
        assertThat(pause.path("resumedBy").asString()).isEqualTo("system");
        // 09:10-17:30 on the 10th less lunch (410) and 09:00-09:10 on the 11th: one working day.
        assertThat(pause.path("pausedWorkingMinutes").asLong()).isEqualTo(420);
        assertThat(pause.path("pausedWorkingDays").asInt()).isEqualTo(1);
        assertThat(resumed.body().path("responseDueAt").asString()).isEqualTo("2026-03-11T01:30:00Z");
        assertThat(resumed.body().path("closureDueOn").asString()).isEqualTo("2026-03-18");
        JsonNode step = timeline(resumed).getLast();
        assertThat(step.path("kind").asString()).isEqualTo("RESUMED");
        assertThat(step.path("actor").asString()).isEqualTo("system");

        // Another phase, or the same alarm again, changes nothing.
        ring(registered, AlarmPhase.YELLOW);
        ring(registered, AlarmPhase.RESUME);
        Response after = api.get(altay, Desk.id(registered));
        assertThat(after.body().path("version").asLong())
                .isEqualTo(resumed.body().path("version").asLong());
        assertThat(timeline(after)).hasSameSizeAs(timeline(resumed));
    }

    @Test
    void aDueThatAPauseWouldMovePastTheCalendarsLastYearStaysAndTheTimelineSaysSo() {
        // Monday 21 December 2026, 10:00: closed by Monday 28 December; 2027 is not listed yet.
        at("2026-12-21T10:00");
        Response registered = api.register(altay, Requests.machineryRent("at the end of the year"));
        assertThat(registered.body().path("closureDueOn").asString()).isEqualTo("2026-12-28");
        at("2026-12-21T10:10");
        Response paused = step(registered, "/pause", Map.of("waitingOn", "CITIZEN", "reason", "等待补充材料"));
        at("2026-12-30T10:00");

        Response resumed = step(paused, "/resume", Map.of());

        assertThat(resumed.status()).as(resumed.text()).isEqualTo(200);
        // Seven working days paused would take the closure due into 2027: it stays as it was.
        assertThat(resumed.body().path("closureDueOn").asString()).isEqualTo("2026-12-28");
        // The response, 20 minutes from due when paused, has its 20 minutes again.
        assertThat(resumed.body().path("responseDueAt").asString()).isEqualTo("2026-12-30T02:20:00Z");
        JsonNode details = timeline(resumed).getLast().path("details");
        assertThat(details.path("pausedWorkingDays").asInt()).isEqualTo(7);
        assertThat(list(details.path("unmoved")))
                .extracting(
                        d -> d.path("clock").asString() + " " + d.path("from").asString())
                .containsExactly("CLOSURE 2026-12-28");
    }

    @Test
    void withdrawingAPausedMatterEndsItsPauseFirst() {
        at("2026-03-16T10:00");
        Response registered = api.register(altay, Requests.machineryRent("withdrawn while paused"));
        Response paused = step(registered, "/pause", Map.of("waitingOn", "CITIZEN", "reason", "等待补充材料"));
        at("2026-03-16T11:00");

        Response withdrawn = step(paused, "/withdrawal", Map.of("reason", "当事人已自行和解"));

        assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
        assertThat(withdrawn.body().path("paused").asBoolean()).isFalse();
        assertThat(list(withdrawn.body().path("pauses"))
                        .getFirst()
                        .path("pausedWorkingMinutes")
                        .asLong())
                .isEqualTo(60);
        List<JsonNode> timeline = timeline(withdrawn);
        assertThat(timeline.subList(timeline.size() - 2, timeline.size()))
                .extracting(s -> s.path("kind").asString())
                .containsExactly("RESUMED", "WITHDRAWN");
        assertThat(timeline.get(timeline.size() - 2)
                        .path("details")
                        .path("endedBy")
                        .asString())
                .isEqualTo("withdrawMatter");
    }

    @Test
    void aPausedMatterIsNotPausedTwiceNorResumedWhileRunning() {
        at("2026-03-16T10:00");
        Response registered = api.register(altay, Requests.machineryRent("pause twice"));
        Response running = step(registered, "/resume", Map.of());
        assertThat(running.status()).isEqualTo(409);
        assertThat(running.problemType()).endsWith("/illegal-transition");
        Response past = step(
                registered,
                "/pause",
                Map.of("waitingOn", "CITIZEN", "reason", "等待补充材料", "resumeAt", "2026-03-16T01:00:00Z"));
        assertThat(past.status()).isEqualTo(422);
        assertThat(fields(past)).containsExactly("resumeAt");
        Response paused = step(registered, "/pause", Map.of("waitingOn", "CITIZEN", "reason", "等待补充材料"));
        Response again = step(paused, "/pause", Map.of("waitingOn", "OUTSIDE_BODY", "reason", "等待鉴定"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(list(again.body().path("allowedSteps")))
                .extracting(JsonNode::asString)
                .contains("resumeMatter", "dispatchMatter")
                .doesNotContain("pauseMatter");
    }

    @Test
    void aPetitionsSixtyDaysAreExtendedOnceByAtMostThirtyWithASupervisorsApproval() {
        // Monday 2 March: 60 days run to Friday 1 May.
        at("2026-03-02T10:00");
        Response registered = api.register(altay, petition("extended once"));
        assertThat(registered.body().path("petitionDueAt").asString()).isEqualTo("2026-05-01T16:00:00Z");

        Response tooLong = step(registered, "/extensions", extension("PETITION", 31));
        assertThat(tooLong.status()).as(tooLong.text()).isEqualTo(422);
        assertThat(fields(tooLong)).containsExactly("days");

        Response requested = step(registered, "/extensions", extension("PETITION", 30));
        assertThat(requested.status()).as(requested.text()).isEqualTo(200);
        JsonNode pending = list(requested.body().path("extensions")).getFirst();
        assertThat(pending.path("number").asInt()).isEqualTo(1);
        assertThat(pending.path("status").asString()).isEqualTo("PENDING");
        assertThat(requested.body().path("petitionDueAt").asString()).isEqualTo("2026-05-01T16:00:00Z");
        assertThat(steps(requested)).contains("decideExtension").doesNotContain("requestExtension");
        // One request is pending at a time.
        Response second = step(requested, "/extensions", extension("CLOSURE", 2));
        assertThat(second.status()).isEqualTo(409);
        // Staff ask; only a supervisor decides.
        Response byStaff = desk.step(staff, requested, "/extensions/1/decision", Map.of("approved", true));
        assertThat(byStaff.status()).isEqualTo(403);
        Response unexplained = desk.step(supervisor, requested, "/extensions/1/decision", Map.of("approved", false));
        assertThat(unexplained.status()).isEqualTo(422);
        assertThat(fields(unexplained)).containsExactly("remarks");

        at("2026-03-03T09:00");
        Response approved =
                desk.step(supervisor, requested, "/extensions/1/decision", Map.of("approved", true, "remarks", "同意延期"));

        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        assertThat(approved.body().path("petitionDueAt").asString()).isEqualTo("2026-05-31T16:00:00Z");
        JsonNode decided = list(approved.body().path("extensions")).getFirst();
        assertThat(decided.path("status").asString()).isEqualTo("APPROVED");
        assertThat(decided.path("previousDueAt").asString()).isEqualTo("2026-05-01T16:00:00Z");
        assertThat(decided.path("newDueAt").asString()).isEqualTo("2026-05-31T16:00:00Z");
        assertThat(decided.path("decidedAt").asString()).isEqualTo("2026-03-03T01:00:00Z");
        assertThat(list(approved.body().path("clocks")))
                .filteredOn(c -> c.path("kind").asString().equals("PETITION"))
                .extracting(c -> c.path("dueAt").asString())
                .containsExactly("2026-05-31T16:00:00Z");
        assertThat(timeline(approved).getLast().path("kind").asString()).isEqualTo("EXTENSION_APPROVED");

        // Once only: a second extension of the petition clock is refused, naming the clock.
        Response again = step(approved, "/extensions", extension("PETITION", 5));
        assertThat(again.status()).isEqualTo(422);
        assertThat(fields(again)).containsExactly("clock");

        // A matter that did not come from the petitions bureau has no petition clock to extend.
        Response walkIn = api.register(altay, Requests.machineryRent("not a petition"));
        assertThat(walkIn.body().has("petitionDueAt")).isFalse();
        Response notAPetition = step(walkIn, "/extensions", extension("PETITION", 10));
        assertThat(notAPetition.status()).isEqualTo(422);
        assertThat(fields(notAPetition)).containsExactly("clock");
    }

    @Test
    void aClosureDueIsExtendedByWorkingDaysWhenApprovedAndStandsWhenRefused() {
        // Friday 18 September: closed by Thursday 24 September.
        at("2026-09-18T10:00");
        Response registered = api.register(altay, Requests.machineryRent("closure extended"));
        assertThat(registered.body().path("closureDueOn").asString()).isEqualTo("2026-09-24");
        Response requested = step(registered, "/extensions", extension("CLOSURE", 5));
        Response unknown = desk.step(supervisor, requested, "/extensions/9/decision", Map.of("approved", true));
        assertThat(unknown.status()).isEqualTo(404);

        Response approved = desk.step(supervisor, requested, "/extensions/1/decision", Map.of("approved", true));

        // Five working days after the 24th: 25-27 September and 1-7 October are off: 28, 29,
        // 30 September, 8 and 9 October.
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        assertThat(approved.body().path("closureDueOn").asString()).isEqualTo("2026-10-09");
        JsonNode first = list(approved.body().path("extensions")).getFirst();
        assertThat(first.path("previousDueAt").asString()).isEqualTo("2026-09-24T16:00:00Z");
        assertThat(first.path("newDueAt").asString()).isEqualTo("2026-10-09T16:00:00Z");

        Response again = step(approved, "/extensions", extension("CLOSURE", 3));
        Response refused =
                desk.step(supervisor, again, "/extensions/2/decision", Map.of("approved", false, "remarks", "理由不充分"));

        assertThat(refused.status()).as(refused.text()).isEqualTo(200);
        assertThat(refused.body().path("closureDueOn").asString()).isEqualTo("2026-10-09");
        JsonNode second = list(refused.body().path("extensions")).getLast();
        assertThat(second.path("status").asString()).isEqualTo("REFUSED");
        assertThat(second.path("remarks").asString()).isEqualTo("理由不充分");
        assertThat(second.has("newDueAt")).isFalse();
        assertThat(timeline(refused).getLast().path("kind").asString()).isEqualTo("EXTENSION_REFUSED");
        Response decidedTwice = desk.step(supervisor, refused, "/extensions/2/decision", Map.of("approved", true));
        assertThat(decidedTwice.status()).isEqualTo(409);
    }

    @Test
    void lightsTurnAtTheCentersOwnThresholdsAsGetMatterShowsThem() {
        // Yellow at half a clock's time, or with 20 minutes left, whichever comes first.
        TenantCode moyu = api.onboard("clocks-moyu", "653222", center -> center.lights(50, 20));
        TenantCode plain = api.onboard("clocks-plain", "653223");
        Desk moyuDesk = new Desk(api, moyu);
        at("2026-03-10T09:00");
        Response registered = api.register(moyu, Requests.machineryRent("lights"));
        Response byDefault = api.register(plain, Requests.machineryRent("default lights"));
        String id = Desk.id(registered);

        // The 30-minute response: 20 minutes left at 09:10, before half its time (09:15).
        at("2026-03-10T09:09:59");
        Response green = api.get(moyu, id);
        assertThat(green.body().path("light").asString()).isEqualTo("GREEN");
        JsonNode response = clock(green, "RESPONSE");
        assertThat(response.path("dueAt").asString()).isEqualTo("2026-03-10T01:30:00Z");
        assertThat(response.path("yellowAt").asString()).isEqualTo("2026-03-10T01:10:00Z");
        at("2026-03-10T09:10");
        assertThat(api.get(moyu, id).body().path("light").asString()).isEqualTo("YELLOW");
        assertThat(clock(api.get(moyu, id), "RESPONSE").path("light").asString())
                .isEqualTo("YELLOW");
        // On the default two thirds the same clock is still green (yellow at 09:20:06).
        assertThat(api.get(plain, Desk.id(byDefault)).body().path("light").asString())
                .isEqualTo("GREEN");
        at("2026-03-10T09:30");
        assertThat(api.get(moyu, id).body().path("light").asString()).isEqualTo("RED");
        assertThat(list(api.list(moyu, "").body().path("items"))
                        .getFirst()
                        .path("light")
                        .asString())
                .isEqualTo("RED");

        // Dispatched at 09:40, the lead signs at 09:45: its handling runs to the end of 17 March,
        // and half of its 182 hours 20 minutes are used at 04:50 on the 14th.
        at("2026-03-10T09:40");
        Response dispatched = moyuDesk.step(moyuDesk.staff(), registered, "/dispatch", Map.of());
        JsonNode unsigned = part(dispatched, "assignments", "hrss");
        assertThat(unsigned.path("light").asString()).isEqualTo("GREEN");
        assertThat(unsigned.path("lightDueAt").asString()).isEqualTo("2026-03-10T02:10:00Z");
        at("2026-03-10T09:45");
        Response signed = moyuDesk.step(
                moyuDesk.staff(),
                dispatched,
                "/assignments/" + unsigned.path("id").asString() + "/signature",
                Map.of());
        JsonNode lead = part(signed, "assignments", "hrss");
        assertThat(lead.path("lightDueAt").asString()).isEqualTo("2026-03-17T16:00:00Z");
        at("2026-03-14T04:49");
        assertThat(part(api.get(moyu, id), "assignments", "hrss").path("light").asString())
                .isEqualTo("GREEN");
        at("2026-03-14T04:50");
        assertThat(part(api.get(moyu, id), "assignments", "hrss").path("light").asString())
                .isEqualTo("YELLOW");
        at("2026-03-18T00:00");
        Response overdue = api.get(moyu, id);
        assertThat(part(overdue, "assignments", "hrss").path("light").asString())
                .isEqualTo("RED");
        assertThat(overdue.body().path("light").asString()).isEqualTo("RED");
    }

    @Test
    void theLedgerShowsEachMattersLightAndPauseFromWhatItsPageLoaded() {
        TenantCode gaochang = api.onboard("clocks-gaochang", "650402");
        Desk gaochangDesk = new Desk(api, gaochang);
        at("2026-03-20T10:00");
        // A scrape settled at the window, paid in two instalments: today and in a week.
        Map<String, Object> scrape = new LinkedHashMap<>();
        scrape.put("channel", "WALK_IN");
        scrape.put("categoryCode", "traffic.accident");
        scrape.put("description", "两车倒车时轻微剐蹭，约定修车费分两次付清。");
        scrape.put("amountFen", 80_000L);
        scrape.put("orgUnitCode", Requests.ORG_UNIT);
        scrape.put("parties", List.of(Requests.person("APPLICANT", "李四", Requests.LI_ID, "13912345678")));
        scrape.put(
                "resolution",
                Map.of(
                        "kind",
                        "PAYMENT_AGREEMENT",
                        "summary",
                        "分期支付",
                        "amountFen",
                        80_000L,
                        "instalments",
                        List.of(
                                Map.of("amountFen", 50_000L, "dueOn", "2026-03-20"),
                                Map.of("amountFen", 30_000L, "dueOn", "2026-03-27"))));
        Response settled = api.register(gaochang, scrape);
        assertThat(settled.status()).as(settled.text()).isEqualTo(201);
        Response waiting = api.register(gaochang, Requests.machineryRent("waiting on the citizen"));
        gaochangDesk.step(gaochangDesk.staff(), waiting, "/pause", Map.of("waitingOn", "CITIZEN", "reason", "等待补充材料"));

        // Saturday 21 March: the first instalment is a day overdue; the wage matter is paused.
        at("2026-03-21T10:00");
        List<JsonNode> rows = list(api.list(gaochang, "").body().path("items"));

        assertThat(rows)
                .extracting(row ->
                        row.path("id").asString() + " " + row.path("light").asString() + " "
                                + row.path("paused").asBoolean())
                .containsExactly(Desk.id(waiting) + " GREEN true", Desk.id(settled) + " RED false");
    }

    // -----------------------------------------------------------------------------------------

    private void at(String localDateTimeInChina) {
        clock.set(LocalDateTime.parse(localDateTimeInChina));
    }

    private Response step(Response matter, String path, Object body) {
        return desk.step(staff, matter, path, body);
    }

    /** Rings a timer of the matter as the deadline engine does: in the tenant's scope and a transaction. */
    private void ring(Response matter, AlarmPhase phase) {
        UUID id = UUID.fromString(Desk.id(matter));
        Alarm alarm = new Alarm(altay, TimerOwner.matter(id), new Timer("RESUME", "matter", phase, clock.instant()));
        CurrentTenant.runAs(
                altay,
                () -> transactions.executeWithoutResult(status -> scheduledResumes.rang(alarm, clock.instant())));
    }

    private List<JsonNode> timeline(Response matter) {
        Response timeline = staff.send("GET", desk.path(matter) + "/timeline", null, null);
        assertThat(timeline.status()).isEqualTo(200);
        return list(timeline.body().path("items"));
    }

    private static Map<String, Object> petition(String marker) {
        Map<String, Object> body = Requests.machineryRent(marker);
        body.put("channel", "PETITION_BUREAU");
        return body;
    }

    private static Map<String, Object> extension(String clock, int days) {
        return Map.of("clock", clock, "days", days, "reason", "需调取法院材料，确需延期");
    }

    private static String assignment(Response matter, String department) {
        return part(matter, "assignments", department).path("id").asString();
    }

    /** The matter's assignment, lock or whistle of the department. */
    private static JsonNode part(Response matter, String parts, String department) {
        Predicate<JsonNode> ofDepartment = p -> p.path("department").asString().equals(department);
        return list(matter.body().path(parts)).stream()
                .filter(ofDepartment)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no " + parts + " of " + department + ": " + matter.text()));
    }

    private static JsonNode clock(Response matter, String kind) {
        return list(matter.body().path("clocks")).stream()
                .filter(c -> c.path("kind").asString().equals(kind))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " clock: " + matter.text()));
    }

    /** A supervisor of the center (督办): decides extensions. */
    private CaseApi supervisorOf(TenantCode tenant) {
        return api.as(TestTokens.ISSUER.token(TestIssuer.person(
                "SUPERVISOR",
                tenant.value(),
                "150000",
                Requests.ORG_UNIT,
                "cases:read",
                "cases:write",
                "supervision:write")));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        @Primary
        ChinaClock settableClock() {
            return new ChinaClock();
        }
    }
}
