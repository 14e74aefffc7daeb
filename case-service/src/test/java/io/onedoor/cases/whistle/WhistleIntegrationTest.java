package io.onedoor.cases.whistle;

import static io.onedoor.cases.Desk.fields;
import static io.onedoor.cases.Desk.id;
import static io.onedoor.cases.Desk.list;
import static io.onedoor.cases.Desk.steps;
import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseApi.Response;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.Desk;
import io.onedoor.cases.Requests;
import io.onedoor.cases.TestTokens;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.testsupport.TestIssuer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * 吹哨报到 as an Altay-style center does it: the housing window hosts the on-call insurance
 * mediation committee, whistles it in for a matter, and the committee must report at the center
 * within its 30-minute arrival SLA.
 */
@CaseServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhistleIntegrationTest {

    @Autowired
    CaseApi api;

    @Autowired
    JdbcTemplate jdbc;

    TenantCode altay;
    Desk desk;
    CaseApi staff;
    CaseApi housing;
    CaseApi insurance;
    CaseApi police;

    @BeforeAll
    void center() {
        altay = api.onboard("altay-whistle", "654301");
        desk = new Desk(api, altay);
        staff = api.as(TestTokens.ISSUER.token(TestIssuer.staff(altay.value(), Requests.ORG_UNIT)));
        housing = desk.departmentStaff("housing");
        insurance = desk.departmentStaff("insurance");
        police = desk.departmentStaff("police");
    }

    @Test
    void theHostWindowWhistlesAnOnCallDepartmentInAndItReportsInTime() {
        Response handling = inHandling("an insurer that will not pay for a crash");
        assertThat(steps(handling)).contains("whistleDepartment").doesNotContain("recordArrival");

        Response whistled =
                step(housing, handling, "/whistles", Map.of("department", "insurance", "reason", "核实保险理赔金额"));
        assertThat(whistled.status()).as(whistled.text()).isEqualTo(200);
        JsonNode whistle = list(whistled.body().path("whistles")).getLast();
        assertThat(whistle.path("department").asString()).isEqualTo("insurance");
        assertThat(whistle.path("host").asString()).isEqualTo("housing");
        assertThat(whistle.path("summonedFor").asString()).isEqualTo("housing");
        assertThat(whistle.path("status").asString()).isEqualTo("AWAITING");
        assertThat(whistle.has("late")).isFalse();
        Instant summoned = Instant.parse(whistle.path("summonedAt").asString());
        Instant due = Instant.parse(whistle.path("arrivalDueAt").asString());
        // Thirty minutes of the center's working time: at least thirty, and within its hours.
        assertThat(Duration.between(summoned, due)).isGreaterThanOrEqualTo(Duration.ofMinutes(30));
        LocalTime dueInChina = due.atZone(ZoneId.of("Asia/Shanghai")).toLocalTime();
        assertThat(inWorkingHours(dueInChina))
                .as("due at %s in China", dueInChina)
                .isTrue();
        assertThat(steps(whistled)).contains("recordArrival");

        // Nobody closes a matter while a department it whistled in has not come.
        Response early = closeEverything(whistled);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().path("detail").asString()).contains("insurance was whistled in and has not arrived");

        Response arrived = step(
                insurance,
                staff.get(altay, id(handling)),
                "/whistles/" + whistle.path("id").asString() + "/arrival",
                Map.of("person", "保险行业调解委员会 王调解员"));
        assertThat(arrived.status()).as(arrived.text()).isEqualTo(200);
        JsonNode reported = list(arrived.body().path("whistles")).getLast();
        assertThat(reported.path("status").asString()).isEqualTo("ARRIVED");
        assertThat(reported.path("arrivedPerson").asString()).isEqualTo("保险行业调解委员会 王调解员");
        assertThat(reported.path("late").asBoolean()).isFalse();
        assertThat(steps(arrived)).doesNotContain("recordArrival");

        Response timeline = staff.send("GET", matterPath(handling) + "/timeline", null, null);
        List<JsonNode> items = list(timeline.body().path("items"));
        assertThat(items)
                .extracting(item -> item.path("kind").asString() + "/"
                        + item.path("department").asString())
                .contains("WHISTLED/insurance")
                .endsWith("ARRIVED/insurance");
        assertThat(items.getLast().path("details").path("late").asBoolean()).isFalse();

        Response again = step(
                insurance,
                arrived,
                "/whistles/" + whistle.path("id").asString() + "/arrival",
                Map.of("person", "又来了一次"));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void anArrivalAfterItsDueStaysMarkedLate() {
        Response handling = inHandling("the committee came late");
        Response whistled = step(staff, handling, "/whistles", Map.of("department", "insurance", "reason", "到场核实"));
        JsonNode whistle = list(whistled.body().path("whistles")).getLast();
        // The due passes before anyone comes.
        jdbc.update(
                "update " + altay.schemaName() + ".matter_whistle"
                        + " set summoned_at = now() - interval '40 minutes',"
                        + " arrival_due_at = now() - interval '10 minutes' where id = ?::uuid",
                whistle.path("id").asString());

        Response arrived = step(
                insurance,
                whistled,
                "/whistles/" + whistle.path("id").asString() + "/arrival",
                Map.of("person", "迟到的调解员"));
        assertThat(arrived.status()).as(arrived.text()).isEqualTo(200);
        assertThat(list(arrived.body().path("whistles")).getLast().path("late").asBoolean())
                .isTrue();
        Response later = staff.get(altay, id(handling));
        assertThat(list(later.body().path("whistles")).getLast().path("late").asBoolean())
                .isTrue();
        Response timeline = staff.send("GET", matterPath(handling) + "/timeline", null, null);
        JsonNode event = list(timeline.body().path("items")).getLast();
        assertThat(event.path("details").path("late").asBoolean()).isTrue();
        assertThat(event.path("details").path("minutesAfterWhistle").asLong()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void onlyTheWindowsOfTheMatterWhistleAndOnlyStationedDepartmentsAnswer() {
        Response handling = inHandling("who may whistle");

        // Police neither hold this matter nor host the committee.
        Response stranger = step(police, handling, "/whistles", Map.of("department", "insurance", "reason", "越权吹哨"));
        assertThat(stranger.status()).isEqualTo(403);

        Response unknown = step(staff, handling, "/whistles", Map.of("department", "fisheries", "reason", "不在中心的部门"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(fields(unknown)).containsExactly("department");

        Response whistled = step(staff, handling, "/whistles", Map.of("department", "insurance", "reason", "到场核实"));
        assertThat(whistled.status()).isEqualTo(200);
        Response twice = step(staff, whistled, "/whistles", Map.of("department", "insurance", "reason", "再吹一次"));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(fields(twice)).containsExactly("department");

        String whistleId =
                list(whistled.body().path("whistles")).getLast().path("id").asString();
        Response wrongDepartment =
                step(police, whistled, "/whistles/" + whistleId + "/arrival", Map.of("person", "不是保险调解委员会的人"));
        assertThat(wrongDepartment.status()).isEqualTo(403);

        Response noSuch = step(
                insurance, whistled, "/whistles/00000000-0000-4000-8000-000000000000/arrival", Map.of("person", "某人"));
        assertThat(noSuch.status()).isEqualTo(404);
        assertThat(noSuch.body().path("type").asString()).endsWith("whistle-not-found");

        // Withdrawing the matter calls the committee off.
        Response withdrawn = step(staff, whistled, "/withdrawal", Map.of("reason", "当事人自行和解"));
        assertThat(list(withdrawn.body().path("whistles"))
                        .getLast()
                        .path("status")
                        .asString())
                .isEqualTo("CANCELLED");
    }

    @Test
    void aMatterNotYetDispatchedCannotWhistle() {
        Response registered = api.register(altay, Requests.machineryRent("not dispatched yet"));
        Response refused = step(staff, registered, "/whistles", Map.of("department", "insurance", "reason", "太早了"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("matterStatus").asString()).isEqualTo("REGISTERED");
    }

    /** The default working hours of a center: 09:00-12:00 and 13:30-17:30, ends included. */
    private static boolean inWorkingHours(LocalTime time) {
        return (!time.isBefore(LocalTime.of(9, 0)) && !time.isAfter(LocalTime.of(12, 0)))
                || (!time.isBefore(LocalTime.of(13, 30)) && !time.isAfter(LocalTime.of(17, 30)));
    }

    /** A matter dispatched on the standard path, its lead (human resources) signed. */
    private Response inHandling(String marker) {
        Response registered = api.register(altay, Requests.machineryRent(marker));
        assertThat(registered.status()).isEqualTo(201);
        Response dispatched = step(staff, registered, "/dispatch", Map.of());
        String lead = list(dispatched.body().path("assignments"))
                .getFirst()
                .path("id")
                .asString();
        Response signed = step(staff, dispatched, "/assignments/" + lead + "/signature", Map.of());
        assertThat(signed.body().path("status").asString()).isEqualTo("IN_HANDLING");
        return signed;
    }

    /** Signs and completes every assignment, records an outcome and tries to close. */
    private Response closeEverything(Response matter) {
        Response current = matter;
        for (JsonNode assignment : list(matter.body().path("assignments"))) {
            String path = "/assignments/" + assignment.path("id").asString();
            if (assignment.path("status").asString().equals("PENDING")) {
                current = step(staff, current, path + "/signature", Map.of());
            }
            current = step(staff, current, path + "/completion", Map.of("summary", "本部门已办结"));
        }
        current = step(staff, current, "/outcome", Map.of("kind", "MEDIATED_AGREEMENT", "summary", "达成协议"));
        return step(staff, current, "/closure", Map.of());
    }

    private Response step(CaseApi as, Response matter, String path, Object body) {
        return desk.step(as, matter, path, body);
    }

    private String matterPath(Response matter) {
        return desk.path(matter);
    }
}
