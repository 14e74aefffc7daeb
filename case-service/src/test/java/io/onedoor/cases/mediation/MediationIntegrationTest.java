package io.onedoor.cases.mediation;

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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Mediation (调解) as Gaochang and Atushi held it: rounds recorded one after another, jointly or
 * back to back (背对背), by a center's mediator or a judge stationed at the center.
 */
@CaseServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MediationIntegrationTest {

    @Autowired
    CaseApi api;

    TenantCode gaochang;
    Desk desk;
    CaseApi staff;
    CaseApi hrss;
    CaseApi police;

    @BeforeAll
    void center() {
        gaochang = api.onboard("gaochang-mediation", "654301");
        desk = new Desk(api, gaochang);
        staff = api.as(TestTokens.ISSUER.token(TestIssuer.staff(gaochang.value(), Requests.ORG_UNIT)));
        hrss = desk.departmentStaff("hrss");
        police = desk.departmentStaff("police");
    }

    @Test
    void roundsAreNumberedInOrderAndABackToBackSessionIsRecordedAsSuch() {
        Response handling = inHandling("Xu owes Bai and two others for fence repairs");
        assertThat(steps(handling)).contains("recordMediationSession");
        // Held as the matter was registered: the earliest a session may be.
        Instant morning = Instant.parse(handling.body().path("registeredAt").asString());

        Response first = step(
                staff,
                handling,
                "/mediation-sessions",
                Map.of(
                        "mode",
                        "JOINT",
                        "mediator",
                        Map.of("name", "人民调解员 马某", "department", "justice"),
                        "room",
                        "家事邻里调解室",
                        "participants",
                        List.of("申请人白某", "申请人代表二人", "被申请人徐某"),
                        "minutes",
                        "双方对工期和金额各执一词",
                        "heldAt",
                        morning.toString()));
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        Response second = step(
                hrss,
                first,
                "/mediation-sessions",
                Map.of(
                        "mode",
                        "BACK_TO_BACK",
                        "mediator",
                        Map.of("name", "劳动保障监察员 李某"),
                        "participants",
                        List.of("申请人白某", "被申请人徐某"),
                        "minutes",
                        "分别做工作，徐某同意分两期支付"));
        assertThat(second.status()).as(second.text()).isEqualTo(200);

        List<JsonNode> sessions = list(staff.get(gaochang, id(handling)).body().path("mediationSessions"));
        assertThat(sessions)
                .extracting(session -> session.path("round").asInt() + "/"
                        + session.path("mode").asString())
                .containsExactly("1/JOINT", "2/BACK_TO_BACK");
        JsonNode joint = sessions.getFirst();
        assertThat(joint.path("mediator").path("name").asString()).isEqualTo("人民调解员 马某");
        assertThat(joint.path("mediator").path("department").asString()).isEqualTo("justice");
        assertThat(joint.path("room").asString()).isEqualTo("家事邻里调解室");
        assertThat(list(joint.path("participants")))
                .extracting(JsonNode::asString)
                .containsExactly("申请人白某", "申请人代表二人", "被申请人徐某");
        assertThat(Instant.parse(joint.path("heldAt").asString())).isEqualTo(morning);
        JsonNode backToBack = sessions.getLast();
        assertThat(backToBack.has("room")).isFalse();
        assertThat(backToBack.path("minutes").asString()).isEqualTo("分别做工作，徐某同意分两期支付");
        // Held now when the mediator does not say when.
        assertThat(Instant.parse(backToBack.path("heldAt").asString()))
                .isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));

        List<JsonNode> events =
                list(staff.send("GET", matterPath(handling) + "/timeline", null, null)
                                .body()
                                .path("items"))
                        .stream()
                        .filter(event -> event.path("kind").asString().equals("MEDIATION_SESSION"))
                        .toList();
        assertThat(events)
                .extracting(event -> event.path("details").path("round").asInt() + "/"
                        + event.path("details").path("mode").asString())
                .containsExactly("1/JOINT", "2/BACK_TO_BACK");
        assertThat(events.getFirst().path("department").asString()).isEqualTo("justice");
    }

    @Test
    void aSessionInTheFutureBeforeRegistrationOrByAnUnknownDepartmentIsRefusedNamingTheField() {
        Response handling = inHandling("sessions that cannot be");

        Response future = step(staff, handling, "/mediation-sessions", session(Map.of("heldAt", tomorrow())));
        assertThat(future.status()).isEqualTo(422);
        assertThat(fields(future)).containsExactly("heldAt");

        Response beforeRegistration = step(
                staff,
                handling,
                "/mediation-sessions",
                session(Map.of(
                        "heldAt", Instant.now().minus(30, ChronoUnit.DAYS).toString())));
        assertThat(beforeRegistration.status()).isEqualTo(422);
        assertThat(fields(beforeRegistration)).containsExactly("heldAt");

        Response stranger = step(
                staff,
                handling,
                "/mediation-sessions",
                session(Map.of("mediator", Map.of("name", "渔业局 某人", "department", "fisheries"))));
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(fields(stranger)).containsExactly("mediator.department");

        Response nowhere = step(staff, handling, "/mediation-sessions", session(Map.of("room", "第九调解室")));
        assertThat(nowhere.status()).isEqualTo(422);
        assertThat(fields(nowhere)).containsExactly("room");

        Response nobody = step(staff, handling, "/mediation-sessions", session(Map.of("participants", List.of())));
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(fields(nobody)).containsExactly("participants");

        Response unchanged = staff.get(gaochang, id(handling));
        assertThat(list(unchanged.body().path("mediationSessions"))).isEmpty();
        assertThat(unchanged.body().path("version").asLong())
                .isEqualTo(handling.body().path("version").asLong());
    }

    @Test
    void onlyAMatterInHandlingIsMediatedAndOnlyByTheDepartmentsWorkingOnIt() {
        Response registered = api.register(gaochang, Requests.machineryRent("not dispatched yet"));
        Response early = step(staff, registered, "/mediation-sessions", session(Map.of()));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().path("matterStatus").asString()).isEqualTo("REGISTERED");

        Response handling = inHandling("police do not hold it");
        Response stranger = step(police, handling, "/mediation-sessions", session(Map.of()));
        assertThat(stranger.status()).isEqualTo(403);

        Response lead = step(hrss, handling, "/mediation-sessions", session(Map.of()));
        assertThat(lead.status()).as(lead.text()).isEqualTo(200);
        assertThat(list(lead.body().path("mediationSessions"))
                        .getFirst()
                        .path("recordedBy")
                        .asString())
                .isNotBlank();
    }

    private static Map<String, Object> session(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("mode", "BACK_TO_BACK");
        body.put("mediator", Map.of("name", "法官 艾某", "department", "court"));
        body.put("participants", List.of("伤者家属", "肇事司机"));
        body.put("minutes", "分别听取双方意见");
        body.putAll(overrides);
        return body;
    }

    private static String tomorrow() {
        return Instant.now().plus(1, ChronoUnit.DAYS).toString();
    }

    /** A matter dispatched on the standard path, its lead (human resources) signed. */
    private Response inHandling(String marker) {
        Response registered = api.register(gaochang, Requests.machineryRent(marker));
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

    private Response step(CaseApi as, Response matter, String path, Object body) {
        return desk.step(as, matter, path, body);
    }

    private String matterPath(Response matter) {
        return desk.path(matter);
    }
}
