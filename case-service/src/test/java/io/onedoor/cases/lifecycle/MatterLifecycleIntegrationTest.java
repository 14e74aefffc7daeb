package io.onedoor.cases.lifecycle;

import static io.onedoor.cases.Desk.fields;
import static io.onedoor.cases.Desk.list;
import static io.onedoor.cases.Desk.steps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseApi.Response;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.Desk;
import io.onedoor.cases.Requests;
import io.onedoor.cases.TestTokens;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.testsupport.TestIssuer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A matter worked from the intake window to the follow-up call, step by step through the API, as
 * the staff of an Altay-style county center (the default center of the tests: wage arrears led by
 * human resources with labor inspection and the court helping, an on-call insurance mediation
 * committee hosted by housing).
 */
@CaseServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatterLifecycleIntegrationTest {

    @Autowired
    CaseApi api;

    @Autowired
    JdbcTemplate jdbc;

    TenantCode altay;
    Desk desk;
    CaseApi staff;

    @BeforeAll
    void center() {
        altay = api.onboard("altay-life", "654301");
        desk = new Desk(api, altay);
        staff = api.as(TestTokens.ISSUER.token(TestIssuer.staff(altay.value(), Requests.ORG_UNIT)));
    }

    @Test
    void aWageMatterIsWorkedFromIntakeToTheFollowUpVisit() {
        Response registered = register("machinery rent owed on the water project");
        assertThat(registered.body().path("status").asString()).isEqualTo("REGISTERED");
        assertThat(steps(registered))
                .containsExactly("triageMatter", "dispatchMatter", "withdrawMatter", "pauseMatter", "requestExtension");

        Response triaged = step(registered, "/triage", Map.of("reason", "wage arrears confirmed at the window"));
        assertThat(triaged.status()).isEqualTo(200);
        assertThat(triaged.body().path("status").asString()).isEqualTo("TRIAGED");
        assertThat(triaged.headers().getETag()).isEqualTo("\"1\"");

        Response dispatched = step(triaged, "/dispatch", Map.of());
        assertThat(dispatched.status()).isEqualTo(200);
        assertThat(dispatched.body().path("status").asString()).isEqualTo("DISPATCHED");
        List<JsonNode> assignments = list(dispatched.body().path("assignments"));
        assertThat(assignments)
                .extracting(a -> a.path("department").asString() + "/"
                        + a.path("role").asString() + "/" + a.path("status").asString())
                .containsExactly(
                        "hrss/LEAD/PENDING", "labor-inspection/CO_HANDLER/PENDING", "court/CO_HANDLER/PENDING");
        assertThat(assignments).allSatisfy(a -> {
            assertThat(a.path("responseDueAt").asString()).isNotEmpty();
            assertThat(a.path("handlingDueOn").asString()).isNotEmpty();
        });

        Response current = dispatched;
        for (JsonNode assignment : assignments) {
            current = step(current, "/assignments/" + assignment.path("id").asString() + "/signature", Map.of());
            assertThat(current.status()).isEqualTo(200);
        }
        assertThat(current.body().path("status").asString()).isEqualTo("IN_HANDLING");
        assertThat(steps(current)).doesNotContain("closeMatter");
        for (JsonNode assignment : assignments) {
            current = step(
                    current,
                    "/assignments/" + assignment.path("id").asString() + "/completion",
                    Map.of("summary", "hours and amounts verified"));
            assertThat(current.status()).isEqualTo(200);
        }
        current = step(
                current,
                "/outcome",
                Map.of(
                        "kind",
                        "PAYMENT_AGREEMENT",
                        "summary",
                        "contractor pays in full by Sep 1",
                        "amountFen",
                        4160000));
        assertThat(current.body().path("outcome").path("kind").asString()).isEqualTo("PAYMENT_AGREEMENT");
        assertThat(steps(current)).contains("closeMatter");

        Response closed = step(current, "/closure", Map.of("remarks", "paid"));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.body().path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.body().path("closedOnTime").asBoolean()).isTrue();
        assertThat(closed.body().path("followUpDueOn").asString()).isNotEmpty();
        assertThat(steps(closed)).containsExactly("recordFollowUp");

        Response visited = step(closed, "/follow-ups", Map.of("satisfaction", "SATISFIED", "remarks", "paid on time"));
        assertThat(visited.body().path("status").asString()).isEqualTo("FOLLOWED_UP");
        assertThat(steps(visited)).isEmpty();

        Response timeline = staff.send("GET", matterPath(registered) + "/timeline", null, null);
        assertThat(timeline.status()).isEqualTo(200);
        assertThat(list(timeline.body().path("items")))
                .extracting(item -> item.path("kind").asString())
                .containsExactly(
                        "REGISTERED",
                        "TRIAGED",
                        "DISPATCHED",
                        "ASSIGNMENT_SIGNED",
                        "ASSIGNMENT_SIGNED",
                        "ASSIGNMENT_SIGNED",
                        "ASSIGNMENT_COMPLETED",
                        "ASSIGNMENT_COMPLETED",
                        "ASSIGNMENT_COMPLETED",
                        "OUTCOME_RECORDED",
                        "CLOSED",
                        "FOLLOWED_UP");
        JsonNode signed = list(timeline.body().path("items")).get(3);
        assertThat(signed.path("department").asString()).isEqualTo("hrss");
        assertThat(signed.path("actor").asString()).isNotEmpty();
        assertThat(signed.path("sequence").asLong()).isEqualTo(4);
        assertThat(timeline.text()).doesNotContain(Requests.ZHANG_ID);
    }

    @Test
    void aStepMustSayWhichVersionItWasDecidedOn() {
        Response registered = register("a step without If-Match");
        Response missing = staff.send(
                "POST", matterPath(registered) + "/triage", Map.of("reason", "no version given"), null, Map.of());
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.problemType()).endsWith("/precondition-required");

        Response triaged = step(registered, "/triage", Map.of("reason", "first decision"));
        Response stale = send(registered, "/dispatch", Map.of(), "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.problemType()).endsWith("/precondition-failed");
        Response now = staff.get(altay, registered.body().path("id").asString());
        assertThat(now.body().path("status").asString()).isEqualTo("TRIAGED");
        assertThat(now.headers().getETag()).isEqualTo(triaged.headers().getETag());
    }

    @Test
    void aStepRetriedWithTheSameIdempotencyKeyIsTakenOnce() {
        Response registered = register("a retry after a timeout");
        String path = matterPath(registered) + "/triage";
        Map<String, Object> body = Map.of("reason", "confirmed at the window");
        Map<String, String> decidedOn = Map.of("If-Match", registered.headers().getETag());

        Response first = staff.send("POST", path, body, "triage-retry-0001", decidedOn);
        Response retried = staff.send("POST", path, body, "triage-retry-0001", decidedOn);
        assertThat(first.status()).isEqualTo(200);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.headers().getETag())
                .isEqualTo(first.headers().getETag())
                .isEqualTo("\"1\"");
        Response timeline = staff.send("GET", matterPath(registered) + "/timeline", null, null);
        assertThat(list(timeline.body().path("items")))
                .extracting(item -> item.path("kind").asString())
                .containsExactly("REGISTERED", "TRIAGED");

        Response reused = staff.send(
                "POST", path, Map.of("reason", "another decision"), "triage-retry-0001", Map.of("If-Match", "\"1\""));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.problemType()).endsWith("/idempotency-key-reused");
        assertThat(fields(reused)).containsExactly("Idempotency-Key");
    }

    @Test
    void aStepTheMatterDoesNotAllowNowNamesItsStatusAndTheStepsItAllows() {
        Response registered = register("closing a matter nobody worked");
        Response refused = step(registered, "/closure", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).endsWith("/illegal-transition");
        assertThat(refused.body().path("matterStatus").asString()).isEqualTo("REGISTERED");
        assertThat(list(refused.body().path("allowedSteps")))
                .extracting(JsonNode::asString)
                .containsExactly("triageMatter", "dispatchMatter", "withdrawMatter", "pauseMatter", "requestExtension");
    }

    @Test
    void aMatterClosesOnlyWithAnOutcomeAndEveryAssignmentComplete() {
        Response inHandling = signedLead(register("closing too early"));
        Response refused = step(inHandling, "/closure", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("detail").asString())
                .contains("no outcome is recorded")
                .contains("hrss");
    }

    @Test
    void aReturnedLeadAssignmentSendsTheMatterBackToBeDispatchedAgain() {
        Response dispatched = step(register("the wrong department"), "/dispatch", Map.of());
        String lead = list(dispatched.body().path("assignments"))
                .getFirst()
                .path("id")
                .asString();

        Response returned = step(
                dispatched, "/assignments/" + lead + "/return", Map.of("reason", "this is a land matter, not wages"));
        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.body().path("status").asString()).isEqualTo("TRIAGED");
        assertThat(returned.body().path("returnCount").asInt()).isEqualTo(1);
        assertThat(list(returned.body().path("assignments"))
                        .getFirst()
                        .path("status")
                        .asString())
                .isEqualTo("RETURNED");

        Response withoutReason =
                step(returned, "/dispatch", Map.of("leadDepartment", "justice", "coHandlers", List.of()));
        assertThat(withoutReason.status()).isEqualTo(422);
        assertThat(fields(withoutReason)).containsExactly("reason");

        Response redispatched = step(
                returned,
                "/dispatch",
                Map.of("leadDepartment", "justice", "coHandlers", List.of(), "reason", "the justice bureau mediates"));
        assertThat(redispatched.status()).isEqualTo(200);
        assertThat(redispatched.body().path("status").asString()).isEqualTo("DISPATCHED");
        assertThat(redispatched.body().path("leadDepartment").asString()).isEqualTo("justice");
    }

    @Test
    void aDepartmentsStaffSignOnlyThatDepartmentsAssignments() {
        Response dispatched = step(register("the court's part"), "/dispatch", Map.of());
        List<JsonNode> assignments = list(dispatched.body().path("assignments"));
        String lead = assignments.getFirst().path("id").asString();
        String court = assignments.get(2).path("id").asString();
        Map<String, Object> claims = new java.util.HashMap<>(TestIssuer.staff(altay.value(), Requests.ORG_UNIT));
        claims.put("department", "court");
        CaseApi judge = api.as(TestTokens.ISSUER.token(claims));

        Response refused = judge.send(
                "POST",
                matterPath(dispatched) + "/assignments/" + lead + "/signature",
                Map.of(),
                null,
                Map.of("If-Match", dispatched.headers().getETag()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("detail").asString()).contains("hrss");

        Response signed = judge.send(
                "POST",
                matterPath(dispatched) + "/assignments/" + court + "/signature",
                Map.of(),
                null,
                Map.of("If-Match", dispatched.headers().getETag()));
        assertThat(signed.status()).isEqualTo(200);
        assertThat(list(signed.body().path("assignments")).get(2).path("status").asString())
                .isEqualTo("SIGNED");
        // The court signed its part; the matter waits for the lead.
        assertThat(signed.body().path("status").asString()).isEqualTo("DISPATCHED");
        Response timeline = staff.send("GET", matterPath(dispatched) + "/timeline", null, null);
        JsonNode last = list(timeline.body().path("items")).getLast();
        assertThat(last.path("kind").asString()).isEqualTo("ASSIGNMENT_SIGNED");
        assertThat(last.path("department").asString()).isEqualTo("court");
    }

    @Test
    void anAssignmentUnsignedPastItsResponseDueIsMarkedUntilSigned() {
        Response dispatched = step(register("nobody signs in time"), "/dispatch", Map.of());
        assertThat(list(dispatched.body().path("assignments")))
                .allSatisfy(
                        a -> assertThat(a.path("unsignedPastDue").asBoolean()).isFalse());
        // The court's response due passes without a signature.
        String court =
                list(dispatched.body().path("assignments")).get(2).path("id").asString();
        jdbc.update(
                "update " + altay.schemaName() + ".matter_assignment"
                        + " set response_due_at = now() - interval '5 minutes' where id = ?::uuid",
                court);

        Response late = staff.get(altay, dispatched.body().path("id").asString());
        assertThat(list(late.body().path("assignments")))
                .extracting(a -> a.path("department").asString() + "="
                        + a.path("unsignedPastDue").asBoolean())
                .containsExactly("hrss=false", "labor-inspection=false", "court=true");
        JsonNode row = list(staff.list(altay, "?status=DISPATCHED&department=court")
                        .body()
                        .path("items"))
                .stream()
                .filter(item -> item.path("id")
                        .asString()
                        .equals(dispatched.body().path("id").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(row.path("unsignedPastDue").toString()).isEqualTo("[\"court\"]");

        Response signed = step(late, "/assignments/" + court + "/signature", Map.of());
        assertThat(list(signed.body().path("assignments"))
                        .get(2)
                        .path("unsignedPastDue")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void theDepartmentThatHandledTheMatterDoesNotMakeItsFollowUpVisit() {
        Response closed = closedMatter(register("who asks whether it was done well"));
        Response byHandler =
                desk.step(desk.departmentStaff("hrss"), closed, "/follow-ups", Map.of("satisfaction", "SATISFIED"));
        assertThat(byHandler.status()).isEqualTo(403);
        assertThat(byHandler.body().path("detail").asString()).contains("hrss");

        Response byWindow = desk.step(
                desk.departmentStaff("petitions"), closed, "/follow-ups", Map.of("satisfaction", "SATISFIED"));
        assertThat(byWindow.status()).as(byWindow.text()).isEqualTo(200);
    }

    @Test
    void aDispatchToDepartmentsNotStationedAtTheCenterNamesEachOne() {
        Response refused = step(
                register("unknown departments"),
                "/dispatch",
                Map.of("leadDepartment", "fisheries", "coHandlers", List.of("court", "tax"), "reason", "a guess"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(fields(refused)).containsExactly("leadDepartment", "coHandlers[1]");
    }

    @Test
    void anOnCallDepartmentIsReachedThroughItsHostsWindow() {
        Response dispatched = step(
                register("an insurance claim after a crash"),
                "/dispatch",
                Map.of("leadDepartment", "hrss", "coHandlers", List.of("insurance"), "reason", "the insurer must pay"));
        JsonNode insurance = list(dispatched.body().path("assignments")).get(1);
        assertThat(insurance.path("department").asString()).isEqualTo("insurance");
        assertThat(insurance.path("host").asString()).isEqualTo("housing");
        assertThat(list(dispatched.body().path("assignments")).getFirst().has("host"))
                .isFalse();
    }

    @Test
    void unsatisfiedVisitsReopenTheMatterTwiceThenMarkItForSupervision() {
        Response closed = closedMatter(register("an applicant who is never satisfied"));
        for (int reopening = 1; reopening <= 2; reopening++) {
            Response reopened = step(closed, "/follow-ups", Map.of("satisfaction", "UNSATISFIED"));
            assertThat(reopened.body().path("status").asString()).isEqualTo("IN_HANDLING");
            assertThat(reopened.body().path("reopenCount").asInt()).isEqualTo(reopening);
            assertThat(reopened.body().has("outcome")).isFalse();
            assertThat(reopened.body().path("closureDueOn").asString()).isNotEmpty();
            closed = closeAgain(reopened);
        }
        Response third = step(closed, "/follow-ups", Map.of("satisfaction", "UNSATISFIED", "remarks", "still unpaid"));
        assertThat(third.body().path("status").asString()).isEqualTo("FOLLOWED_UP");
        assertThat(third.body().path("supervisionRequired").asBoolean()).isTrue();
        assertThat(third.body().path("reopenCount").asInt()).isEqualTo(2);
    }

    @Test
    void aWithdrawnMatterCancelsItsOpenAssignments() {
        Response dispatched = step(register("settled between themselves"), "/dispatch", Map.of());
        Response withdrawn = step(dispatched, "/withdrawal", Map.of("reason", "the parties settled privately"));
        assertThat(withdrawn.body().path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(list(withdrawn.body().path("assignments")))
                .allSatisfy(a -> assertThat(a.path("status").asString()).isEqualTo("CANCELLED"));
        assertThat(steps(withdrawn)).isEmpty();
    }

    @Test
    void theTimelineCannotBeRewritten() {
        Response registered = register("history stays");
        UUID id = UUID.fromString(registered.body().path("id").asString());
        String schema = altay.schemaName();
        assertThatThrownBy(() -> jdbc.update(
                        "update " + schema + ".matter_event set actor = 'someone else' where matter_id = ?", id))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from " + schema + ".matter_event where matter_id = ?", id))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject(
                        "select count(*) from " + schema + ".matter_event where matter_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void integratorsReadProgressButTakeNoStep() {
        Response registered = register("the 12345 hotline follows its matter");
        Response refused = api.send(
                "POST",
                matterPath(registered) + "/triage",
                Map.of("reason", "hotline"),
                null,
                Map.of("If-Match", "\"0\""));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.send("GET", matterPath(registered) + "/timeline", null, null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aMatterOfAnotherCenterDoesNotExistForThisOne() {
        TenantCode other = api.onboard("altay-other", "654302");
        Response theirs = api.register(other, Requests.machineryRent("another center's matter"));
        Response attempt = staff.send(
                "POST",
                "/api/v1/tenants/" + altay.value() + "/matters/"
                        + theirs.body().path("id").asString() + "/triage",
                Map.of("reason", "reaching across"),
                null,
                Map.of("If-Match", "\"0\""));
        assertThat(attempt.status()).isEqualTo(404);
    }

    private Response register(String marker) {
        Response registered = api.register(altay, Requests.machineryRent(marker));
        assertThat(registered.status()).isEqualTo(201);
        return registered;
    }

    private Response signedLead(Response registered) {
        Response dispatched = step(registered, "/dispatch", Map.of());
        String lead = list(dispatched.body().path("assignments"))
                .getFirst()
                .path("id")
                .asString();
        Response signed = step(dispatched, "/assignments/" + lead + "/signature", Map.of());
        assertThat(signed.body().path("status").asString()).isEqualTo("IN_HANDLING");
        return signed;
    }

    private Response closedMatter(Response registered) {
        Response dispatched = step(
                registered,
                "/dispatch",
                Map.of("leadDepartment", "hrss", "coHandlers", List.of(), "reason", "human resources alone suffices"));
        String lead = list(dispatched.body().path("assignments"))
                .getFirst()
                .path("id")
                .asString();
        Response signed = step(dispatched, "/assignments/" + lead + "/signature", Map.of());
        return closeAgain(signed);
    }

    /** Completes whatever the department still holds, records an outcome and closes. */
    private Response closeAgain(Response inHandling) {
        Response current = inHandling;
        for (JsonNode assignment : list(inHandling.body().path("assignments"))) {
            if (assignment.path("status").asString().equals("SIGNED")) {
                current = step(
                        current,
                        "/assignments/" + assignment.path("id").asString() + "/completion",
                        Map.of("summary", "done"));
            }
        }
        current = step(current, "/outcome", Map.of("kind", "MEDIATED_AGREEMENT", "summary", "agreed"));
        Response closed = step(current, "/closure", Map.of());
        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        return closed;
    }

    private Response step(Response matter, String path, Object body) {
        return send(matter, path, body, matter.headers().getETag());
    }

    private Response send(Response matter, String path, Object body, String ifMatch) {
        return staff.send("POST", matterPath(matter) + path, body, null, Map.of("If-Match", ifMatch));
    }

    private String matterPath(Response matter) {
        return desk.path(matter);
    }
}
