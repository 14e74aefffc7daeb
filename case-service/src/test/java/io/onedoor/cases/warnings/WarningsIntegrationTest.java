package io.onedoor.cases.warnings;

import static io.onedoor.cases.Desk.fields;
import static io.onedoor.cases.Desk.id;
import static io.onedoor.cases.Desk.list;
import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.Bell;
import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseApi.Response;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.ChinaClock;
import io.onedoor.cases.Desk;
import io.onedoor.cases.Requests;
import io.onedoor.cases.TestTokens;
import io.onedoor.cases.clocks.AlarmPhase;
import io.onedoor.cases.clocks.TimerOwner;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.testsupport.TestIssuer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * 预警 as the clocks raise them: a matter dispatched at 10:00 on Tuesday 15 September 2026 waits
 * on each department's sign-off (due 10:30), and each alarm of its clocks warns whoever must act,
 * once however often it is handed over, until the step that stops the clock resolves it.
 */
@CaseServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(Bell.Configuration.class)
class WarningsIntegrationTest {

    @Autowired
    CaseApi api;

    @Autowired
    Bell bell;

    @Autowired
    ChinaClock clock;

    TenantCode altay;
    Desk desk;
    CaseApi staff;
    CaseApi supervisor;

    @BeforeAll
    void center() {
        altay = api.onboard("altay-warnings", "654301");
        desk = new Desk(api, altay);
        staff = desk.staff();
        supervisor = person("SUPERVISOR", null, "zhao@altay");
    }

    @BeforeEach
    void tuesdayMorning() {
        clock.set(LocalDateTime.parse("2026-09-15T10:00:00"));
    }

    @Test
    void anUnsignedAssignmentWarnsItsDepartmentOnceAtYellowAndAtRedAndItsSignatureResolvesBoth() {
        Response dispatched = dispatched("签收预警");
        JsonNode hrss = assignment(dispatched, "hrss");
        String subject = hrss.path("id").asString();
        CaseApi hrssWang = person("STAFF", "hrss", "wang@altay");
        long unreadBefore = unread(hrssWang);

        clock.set(LocalDateTime.parse("2026-09-15T10:20:00"));
        ring(dispatched, "SIGN_OFF", subject, AlarmPhase.YELLOW);
        ring(dispatched, "SIGN_OFF", subject, AlarmPhase.YELLOW);
        clock.set(LocalDateTime.parse("2026-09-15T10:31:00"));
        ring(dispatched, "SIGN_OFF", subject, AlarmPhase.RED);
        ring(dispatched, "SIGN_OFF", subject, AlarmPhase.RED);

        List<JsonNode> warnings = warnings(supervisor, "?matterId=" + id(dispatched));
        assertThat(warnings)
                .extracting(
                        w -> w.path("kind").asString() + "/" + w.path("clock").asString() + "/"
                                + w.path("department").asString() + "/"
                                + w.path("light").asString())
                .containsExactly("UNSIGNED/SIGN_OFF/hrss/RED", "DUE_SOON/SIGN_OFF/hrss/RED");
        assertThat(warnings).allSatisfy(warning -> {
            assertThat(warning.path("subject").asString()).isEqualTo(subject);
            assertThat(warning.path("matterCode").asString())
                    .isEqualTo(dispatched.body().path("code").asString());
            assertThat(warning.path("dueAt").asString())
                    .isEqualTo(hrss.path("responseDueAt").asString());
            assertThat(warning.has("resolvedAt")).isFalse();
        });

        // Two alarms, two notifications in the department's inbox, however often they rang.
        List<JsonNode> inbox = list(hrssWang.send("GET", tenantPath("/notifications?unread=true"), null, null)
                        .body()
                        .path("items"))
                .stream()
                .filter(n -> n.path("matterId").asString().equals(id(dispatched)))
                .toList();
        assertThat(inbox)
                .extracting(n ->
                        n.path("kind").asString() + "/" + n.path("warningKind").asString() + "/"
                                + n.path("department").asString())
                .containsExactly("WARNING/UNSIGNED/hrss", "WARNING/DUE_SOON/hrss");
        assertThat(inbox.getFirst().path("title").asString())
                .contains(dispatched.body().path("code").asString())
                .contains("未按时签收")
                .doesNotContain("张三", Requests.ZHANG_ID, "13812345678");
        assertThat(unread(hrssWang)).isEqualTo(unreadBefore + 2);
        // The court's staff are told nothing of the human resources' assignment.
        assertThat(list(person("STAFF", "court", "li@altay")
                                .send("GET", tenantPath("/notifications"), null, null)
                                .body()
                                .path("items"))
                        .stream()
                        .filter(n -> n.path("matterId").asString().equals(id(dispatched))))
                .isEmpty();

        Response signed = desk.step(hrssWang, dispatched, "/assignments/" + subject + "/signature", Map.of());
        assertThat(signed.status()).as(signed.text()).isEqualTo(200);
        assertThat(warnings(supervisor, "?matterId=" + id(dispatched)))
                .allSatisfy(warning ->
                        assertThat(warning.path("resolvedAt").asString()).isEqualTo("2026-09-15T02:31:00Z"));
        assertThat(warnings(supervisor, "?open=true&matterId=" + id(dispatched)))
                .isEmpty();

        // An alarm of a clock the signature stopped raises nothing.
        ring(signed, "SIGN_OFF", subject, AlarmPhase.RED);
        assertThat(warnings(supervisor, "?matterId=" + id(dispatched))).hasSize(2);
    }

    @Test
    void eachClockRaisesItsOwnKindForWhoeverMustAct() {
        Response dispatched = dispatched("各类预警");
        Response whistled =
                desk.step(staff, dispatched, "/whistles", Map.of("department", "insurance", "reason", "核实"));
        assertThat(whistled.status()).as(whistled.text()).isEqualTo(200);
        String whistle =
                list(whistled.body().path("whistles")).getLast().path("id").asString();

        ring(whistled, "ARRIVAL", whistle, AlarmPhase.RED);
        ring(whistled, "CLOSURE", "matter", AlarmPhase.YELLOW);
        ring(whistled, "CLOSURE", "matter", AlarmPhase.RED);
        // Nothing the matter waits on: no warning.
        ring(whistled, "FOLLOW_UP", "matter", AlarmPhase.RED);
        ring(whistled, "HANDLING", UUID.randomUUID().toString(), AlarmPhase.RED);
        // Supervision of an unsigned assignment is supervision's, not a warning.
        ring(whistled, "SIGN_OFF", assignment(whistled, "court").path("id").asString(), AlarmPhase.SUPERVISE_UNSIGNED);

        assertThat(warnings(supervisor, "?matterId=" + id(dispatched)))
                .extracting(
                        w -> w.path("kind").asString() + "/" + w.path("clock").asString() + "/"
                                + w.path("department").asString(""))
                .containsExactlyInAnyOrder(
                        "OVERDUE/CLOSURE/hrss", "DUE_SOON/CLOSURE/hrss", "ARRIVAL_LATE/ARRIVAL/insurance");
        // The closure has no department of its own: the departments leading and holding the matter hear of it.
        for (String department : List.of("hrss", "labor-inspection", "court")) {
            assertThat(list(person("STAFF", department, department + "-staff@altay")
                                    .send("GET", tenantPath("/notifications"), null, null)
                                    .body()
                                    .path("items"))
                            .stream()
                            .filter(n -> n.path("matterId").asString().equals(id(dispatched)))
                            .map(n -> n.path("warningKind").asString()))
                    .as(department)
                    .contains("OVERDUE", "DUE_SOON");
        }

        // Withdrawing the matter resolves whatever it still waited on.
        Response withdrawn = desk.step(staff, whistled, "/withdrawal", Map.of("reason", "申请人撤回"));
        assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
        assertThat(warnings(supervisor, "?open=true&matterId=" + id(dispatched)))
                .isEmpty();
        assertThat(warnings(supervisor, "?open=false&matterId=" + id(dispatched)))
                .hasSize(3);
    }

    @Test
    void aDepartmentsStaffSeeTheirDepartmentsWarningsAndPagesFollowTheirCursor() {
        Response dispatched = dispatched("部门视角");
        for (String department : List.of("hrss", "labor-inspection", "court")) {
            ring(
                    dispatched,
                    "SIGN_OFF",
                    assignment(dispatched, department).path("id").asString(),
                    AlarmPhase.YELLOW);
        }
        String matter = "&matterId=" + id(dispatched);

        CaseApi court = person("STAFF", "court", "court-clerk@altay");
        assertThat(warnings(court, "?limit=200" + matter))
                .extracting(w -> w.path("department").asString())
                .containsExactly("court");
        assertThat(warnings(court, "?department=hrss" + matter)).isEmpty();
        assertThat(warnings(supervisor, "?department=court" + matter)).hasSize(1);
        assertThat(warnings(staff, "?kind=DUE_SOON,OVERDUE" + matter)).hasSize(3);
        assertThat(warnings(staff, "?kind=OVERDUE" + matter)).isEmpty();
        // The center's integrators (the 12345 hotline) have no part in its internal warnings.
        assertThat(api.send("GET", tenantPath("/warnings?open=true" + matter), null, null)
                        .status())
                .isEqualTo(403);

        // Page by page, newest first, each warning once.
        Response first = staff.send("GET", tenantPath("/warnings?limit=2" + matter), null, null);
        assertThat(list(first.body().path("items"))).hasSize(2);
        String cursor = first.body().path("nextCursor").asString();
        Response second = staff.send("GET", tenantPath("/warnings?limit=2" + matter + "&cursor=" + cursor), null, null);
        assertThat(second.status()).as(second.text()).isEqualTo(200);
        assertThat(list(second.body().path("items"))).hasSize(1);
        assertThat(second.body().has("nextCursor")).isFalse();
        assertThat(list(first.body().path("items")).stream()
                        .map(w -> w.path("department").asString())
                        .toList())
                .doesNotContain(list(second.body().path("items"))
                        .getFirst()
                        .path("department")
                        .asString());

        Response tampered =
                staff.send("GET", tenantPath("/warnings?limit=2" + matter + "&cursor=" + cursor + "x"), null, null);
        assertThat(tampered.status()).isEqualTo(400);
        assertThat(fields(tampered)).containsExactly("cursor");
    }

    @Test
    void anotherCentersPathSeesNoneOfTheseWarningsAndItsAlarmsFindNoSuchMatter() {
        Response dispatched = dispatched("隔离");
        String subject = assignment(dispatched, "hrss").path("id").asString();
        ring(dispatched, "SIGN_OFF", subject, AlarmPhase.YELLOW);

        TenantCode other = api.onboard("other-warnings", "654302");
        CaseApi theirSupervisor = api.as(TestTokens.ISSUER.token(supervisorClaims(other, "zhao@other")));
        // An alarm handed over with the wrong tenant finds no such matter there.
        bell.ring(
                other, TimerOwner.matter(UUID.fromString(id(dispatched))), "SIGN_OFF", subject, AlarmPhase.RED, now());

        Response theirs = theirSupervisor.send("GET", "/api/v1/tenants/" + other.value() + "/warnings", null, null);
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(list(theirs.body().path("items"))).isEmpty();
        Response reaching = theirSupervisor.send("GET", tenantPath("/warnings"), null, null);
        assertThat(reaching.status()).isEqualTo(403);
        assertThat(warnings(supervisor, "?matterId=" + id(dispatched)))
                .extracting(w -> w.path("kind").asString())
                .containsExactly("DUE_SOON");
    }

    private Response dispatched(String marker) {
        Response registered = api.register(altay, Requests.machineryRent(marker));
        assertThat(registered.status()).isEqualTo(201);
        Response dispatched = desk.step(staff, registered, "/dispatch", Map.of());
        assertThat(dispatched.status()).as(dispatched.text()).isEqualTo(200);
        return dispatched;
    }

    private void ring(Response matter, String clockKind, String subject, AlarmPhase phase) {
        bell.ring(altay, TimerOwner.matter(UUID.fromString(id(matter))), clockKind, subject, phase, now());
    }

    private Instant now() {
        return clock.instant();
    }

    private static JsonNode assignment(Response matter, String department) {
        return list(matter.body().path("assignments")).stream()
                .filter(a -> a.path("department").asString().equals(department))
                .findFirst()
                .orElseThrow();
    }

    private List<JsonNode> warnings(CaseApi as, String query) {
        Response page = as.send("GET", tenantPath("/warnings" + query), null, null);
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        return list(page.body().path("items"));
    }

    private long unread(CaseApi as) {
        Response count = as.send("GET", tenantPath("/notifications/unread-count"), null, null);
        assertThat(count.status()).as(count.text()).isEqualTo(200);
        return count.body().path("unread").asLong();
    }

    private String tenantPath(String path) {
        return "/api/v1/tenants/" + altay.value() + path;
    }

    /** A person of the center, with their login, of a department or none. */
    private CaseApi person(String role, String department, String login) {
        Map<String, Object> claims = new HashMap<>(
                role.equals("SUPERVISOR")
                        ? supervisorClaims(altay, login)
                        : TestIssuer.staff(altay.value(), Requests.ORG_UNIT));
        if (department != null) {
            claims.put("department", department);
        }
        claims.put("preferred_username", login);
        return api.as(TestTokens.ISSUER.token(claims));
    }

    private static Map<String, Object> supervisorClaims(TenantCode tenant, String login) {
        Map<String, Object> claims = new HashMap<>(TestIssuer.person(
                "SUPERVISOR",
                tenant.value(),
                "150000",
                Requests.ORG_UNIT,
                "cases:read",
                "cases:write",
                "supervision:write"));
        claims.put("preferred_username", login);
        return claims;
    }
}
