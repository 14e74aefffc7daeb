package io.onedoor.cases.notifications;

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
 * Each person's and department's inbox at a center: the human resources bureau's two stationed
 * staff read their department's notifications each for themselves, a person named responsible for
 * a supervision item hears of it personally, and supervisors read the center's.
 */
@CaseServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(Bell.Configuration.class)
class InboxIntegrationTest {

    @Autowired
    CaseApi api;

    @Autowired
    Bell bell;

    @Autowired
    ChinaClock clock;

    @Autowired
    Bell.SentNotifications sent;

    TenantCode altay;
    Desk desk;
    CaseApi staff;
    CaseApi wang;
    CaseApi liu;
    CaseApi court;
    CaseApi supervisor;

    @BeforeAll
    void center() {
        altay = api.onboard("altay-inbox", "654301");
        desk = new Desk(api, altay);
        staff = desk.staff();
        wang = person("STAFF", "hrss", "wang@altay");
        liu = person("STAFF", "hrss", "liu@altay");
        court = person("STAFF", "court", "li@altay");
        supervisor = person("SUPERVISOR", null, "zhao@altay");
    }

    @BeforeEach
    void tuesdayMorning() {
        clock.set(LocalDateTime.parse("2026-09-15T10:00:00"));
    }

    @Test
    void aDepartmentsNotificationReadByOneMemberStaysUnreadForTheOthers() {
        Response dispatched = dispatched("部门已读");
        long wangBefore = unread(wang);
        long liuBefore = unread(liu);
        long courtBefore = unread(court);
        ring(dispatched, "SIGN_OFF", assignment(dispatched, "hrss"), AlarmPhase.YELLOW);
        ring(dispatched, "SIGN_OFF", assignment(dispatched, "court"), AlarmPhase.YELLOW);
        assertThat(unread(wang)).isEqualTo(wangBefore + 1);
        assertThat(unread(liu)).isEqualTo(liuBefore + 1);
        assertThat(unread(court)).isEqualTo(courtBefore + 1);

        JsonNode hrssNotice = about(wang, dispatched).getFirst();
        JsonNode courtNotice = about(court, dispatched).getFirst();
        assertThat(hrssNotice.path("department").asString()).isEqualTo("hrss");
        assertThat(hrssNotice.path("read").asBoolean()).isFalse();

        // Wang reads the department's notification, and names the court's too: not his to mark.
        Response marked = wang.send(
                "POST",
                tenantPath("/notifications/read"),
                Map.of(
                        "ids",
                        List.of(
                                hrssNotice.path("id").asString(),
                                courtNotice.path("id").asString(),
                                UUID.randomUUID().toString())),
                null);
        assertThat(marked.status()).as(marked.text()).isEqualTo(200);
        assertThat(marked.body().path("unread").asLong()).isEqualTo(wangBefore);
        assertThat(about(wang, dispatched).getFirst().path("read").asBoolean()).isTrue();
        assertThat(about(liu, dispatched).getFirst().path("read").asBoolean()).isFalse();
        assertThat(unread(liu)).isEqualTo(liuBefore + 1);
        assertThat(about(court, dispatched).getFirst().path("read").asBoolean()).isFalse();
        assertThat(unread(court)).isEqualTo(courtBefore + 1);

        // Only what he has not read, when he asks for that.
        Response unreadOnly = wang.send("GET", tenantPath("/notifications?unread=true&limit=200"), null, null);
        assertThat(list(unreadOnly.body().path("items")))
                .extracting(n -> n.path("id").asString())
                .doesNotContain(hrssNotice.path("id").asString());
        assertThat(unreadOnly.body().path("unread").asLong()).isEqualTo(wangBefore);
    }

    @Test
    void aPersonNamedResponsibleHearsOfTheItemThemselvesAndTheCenterHearsOfEveryOpening() {
        Response dispatched = dispatched("个人收件");
        CaseApi chen = person("STAFF", "police", "chen@altay");
        CaseApi otherPolice = person("STAFF", "police", "sun@altay");
        Response opened = supervisor.send(
                "POST",
                tenantPath("/supervisions"),
                Map.of(
                        "matterId", id(dispatched),
                        "responsibleUnit", "court",
                        "responsiblePerson", "chen@altay",
                        "reason", "群众多次反映进展缓慢"),
                null);
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);

        JsonNode personal = about(chen, dispatched).getFirst();
        assertThat(personal.path("kind").asString()).isEqualTo("SUPERVISION_OPENED");
        assertThat(personal.has("department"))
                .as("to him, not to his department")
                .isFalse();
        assertThat(personal.path("supervisionId").asString())
                .isEqualTo(opened.body().path("id").asString());
        assertThat(about(otherPolice, dispatched)).isEmpty();
        assertThat(about(court, dispatched))
                .extracting(n ->
                        n.path("kind").asString() + "/" + n.path("department").asString())
                .containsExactly("SUPERVISION_OPENED/court");
        assertThat(about(supervisor, dispatched))
                .extracting(n -> n.path("kind").asString() + "/" + n.has("department"))
                .containsExactly("SUPERVISION_OPENED/false");
        assertThat(about(wang, dispatched)).isEmpty();
    }

    @Test
    void theInboxIsReadNewestFirstPageByPageAndMarkedReadUpToAMoment() {
        CaseApi newcomer = person("STAFF", "justice", "qian@altay");
        // Three warnings for the justice bureau, a minute apart: whistled in for three matters, late each time.
        for (int i = 0; i < 3; i++) {
            clock.set(LocalDateTime.parse("2026-09-15T10:0" + i + ":00"));
            Response dispatched = dispatched("分页 " + i);
            Response whistled =
                    desk.step(staff, dispatched, "/whistles", Map.of("department", "justice", "reason", "到场"));
            assertThat(whistled.status()).as(whistled.text()).isEqualTo(200);
            ring(
                    whistled,
                    "ARRIVAL",
                    list(whistled.body().path("whistles")).getLast().path("id").asString(),
                    AlarmPhase.RED);
        }
        assertThat(unread(newcomer)).isEqualTo(3);

        Response first = newcomer.send("GET", tenantPath("/notifications?limit=2"), null, null);
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.body().path("unread").asLong()).isEqualTo(3);
        List<JsonNode> newest = list(first.body().path("items"));
        assertThat(newest)
                .extracting(n -> n.path("createdAt").asString())
                .containsExactly("2026-09-15T02:02:00Z", "2026-09-15T02:01:00Z");
        Response second = newcomer.send(
                "GET",
                tenantPath("/notifications?limit=2&cursor="
                        + first.body().path("nextCursor").asString()),
                null,
                null);
        assertThat(list(second.body().path("items")))
                .extracting(n -> n.path("createdAt").asString())
                .containsExactly("2026-09-15T02:00:00Z");
        assertThat(second.body().has("nextCursor")).isFalse();

        Response marked =
                newcomer.send("POST", tenantPath("/notifications/read"), Map.of("upTo", "2026-09-15T02:01:00Z"), null);
        assertThat(marked.status()).as(marked.text()).isEqualTo(200);
        assertThat(marked.body().path("unread").asLong()).isEqualTo(1);
        assertThat(list(newcomer.send("GET", tenantPath("/notifications"), null, null)
                                .body()
                                .path("items"))
                        .stream()
                        .map(n -> n.path("read").asBoolean()))
                .containsExactly(false, true, true);

        // A cursor of another list, or altered, is no cursor of the inbox.
        Response warnings = supervisor.send("GET", tenantPath("/warnings?limit=1"), null, null);
        Response foreign = newcomer.send(
                "GET",
                tenantPath("/notifications?cursor="
                        + warnings.body().path("nextCursor").asString()),
                null,
                null);
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(fields(foreign)).containsExactly("cursor");
    }

    @Test
    void markingReadNamesNotificationsOrAMomentAndNoOneElse() {
        Response neither = wang.send("POST", tenantPath("/notifications/read"), Map.of(), null);
        assertThat(neither.status()).isEqualTo(400);
        assertThat(fields(neither)).containsExactly("ids");
        Response empty = wang.send("POST", tenantPath("/notifications/read"), Map.of("ids", List.of()), null);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fields(empty)).containsExactly("ids");
        Response both = wang.send(
                "POST",
                tenantPath("/notifications/read"),
                Map.of("ids", List.of(UUID.randomUUID().toString()), "upTo", "2026-09-15T02:01:00Z"),
                null);
        assertThat(both.status()).isEqualTo(400);
        assertThat(fields(both)).containsExactly("upTo");
        Response unknownField = wang.send("POST", tenantPath("/notifications/read"), Map.of("all", true), null);
        assertThat(unknownField.status()).isEqualTo(400);

        // An integrator client has no inbox.
        assertThat(api.send("GET", tenantPath("/notifications"), null, null).status())
                .isEqualTo(403);
        assertThat(api.send("GET", tenantPath("/notifications/unread-count"), null, null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aNotificationLeavesThroughTheSenderOnceItsAlarmCommitsAndNeverIfItRollsBack() {
        Response dispatched = dispatched("发送");
        String code = dispatched.body().path("code").asString();
        int sentBefore = sent.of(altay).size();
        long unreadBefore = unread(wang);

        bell.ringAndFail(
                altay,
                TimerOwner.matter(UUID.fromString(id(dispatched))),
                "SIGN_OFF",
                assignment(dispatched, "hrss"),
                AlarmPhase.YELLOW,
                clock.instant());
        assertThat(sent.of(altay)).hasSize(sentBefore);
        assertThat(unread(wang)).isEqualTo(unreadBefore);
        assertThat(list(supervisor
                        .send("GET", tenantPath("/warnings?matterId=" + id(dispatched)), null, null)
                        .body()
                        .path("items")))
                .isEmpty();

        ring(dispatched, "SIGN_OFF", assignment(dispatched, "hrss"), AlarmPhase.YELLOW);
        var out = sent.of(altay).subList(sentBefore, sent.of(altay).size());
        assertThat(out).hasSize(1);
        assertThat(out.getFirst().kind()).isEqualTo(NotificationKind.WARNING);
        assertThat(out.getFirst().recipient()).isEqualTo(Recipient.department("hrss"));
        assertThat(out.getFirst().matterCode()).isEqualTo(code);
        assertThat(out.getFirst().title()).doesNotContain("张三", Requests.ZHANG_ID, "13812345678");
        assertThat(unread(wang)).isEqualTo(unreadBefore + 1);
    }

    private Response dispatched(String marker) {
        Response registered = api.register(altay, Requests.machineryRent(marker));
        assertThat(registered.status()).isEqualTo(201);
        Response dispatched = desk.step(staff, registered, "/dispatch", Map.of());
        assertThat(dispatched.status()).as(dispatched.text()).isEqualTo(200);
        return dispatched;
    }

    private void ring(Response matter, String clockKind, String subject, AlarmPhase phase) {
        bell.ring(altay, TimerOwner.matter(UUID.fromString(id(matter))), clockKind, subject, phase, clock.instant());
    }

    private static String assignment(Response matter, String department) {
        return list(matter.body().path("assignments")).stream()
                .filter(a -> a.path("department").asString().equals(department))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asString();
    }

    /** The reader's notifications about the matter, newest first. */
    private List<JsonNode> about(CaseApi reader, Response matter) {
        Response page = reader.send("GET", tenantPath("/notifications?limit=200"), null, null);
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        return list(page.body().path("items")).stream()
                .filter(n -> n.path("matterId").asString().equals(id(matter)))
                .toList();
    }

    private long unread(CaseApi reader) {
        Response count = reader.send("GET", tenantPath("/notifications/unread-count"), null, null);
        assertThat(count.status()).as(count.text()).isEqualTo(200);
        return count.body().path("unread").asLong();
    }

    private String tenantPath(String path) {
        return "/api/v1/tenants/" + altay.value() + path;
    }

    private CaseApi person(String role, String department, String login) {
        Map<String, Object> claims = new HashMap<>(
                role.equals("SUPERVISOR")
                        ? TestIssuer.person(
                                "SUPERVISOR",
                                altay.value(),
                                "150000",
                                Requests.ORG_UNIT,
                                "cases:read",
                                "cases:write",
                                "supervision:write")
                        : TestIssuer.staff(altay.value(), Requests.ORG_UNIT));
        if (department != null) {
            claims.put("department", department);
        }
        claims.put("preferred_username", login);
        return api.as(TestTokens.ISSUER.token(claims));
    }
}
