package io.onedoor.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract check catches the drifts a strict generated client would be lied to by. */
class ApiContractUnitTest {

    private static final String MATTERS = "/api/v1/tenants/nm-jarud/matters";
    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));
    private static final Map<String, List<String>> PROBLEM =
            Map.of("Content-Type", List.of("application/problem+json"));

    /** A registration answer as case-service gave it, with the optional place given. */
    private static String registered(String place) {
        return """
                {"id":"0b6f5f8e-4a53-4c49-9d0e-6b0f43b0f2a1","code":"150526-2026-000002","tenant":"nm-jarud",
                 "status":"REGISTERED","channel":"WALK_IN","categoryCode":"labor.wage-arrears",
                 "description":"张某反映拖欠机械租赁费","orgUnitCode":"150526","place":%s,
                 "parties":[{"kind":"PERSON","role":"APPLICANT","name":"张某","phone":"13904751234"}],
                 "registeredAt":"2026-11-22T02:03:04.123456Z","complexity":"NORMAL","assignments":[],"whistles":[],"handlingRecords":[],"attachments":[],"mediationSessions":[],
                 "locks":[],"jointMeetings":[],
                 "returnCount":0,"reopenCount":0,"supervisionRequired":false,
                 "light":"GREEN","clocks":[],"paused":false,"pauses":[],"extensions":[],
                 "nextSteps":["triageMatter","dispatchMatter","withdrawMatter"],"version":0}""".formatted(place);
    }

    @Test
    void acceptsARegistrationAnswerThatKeepsTheContract() {
        assertThat(ApiContract.platform().violations("POST", MATTERS, 201, JSON, bytes(registered("\"扎鲁特旗\""))))
                .isEmpty();
    }

    @Test
    void refusesARegistrationAnswerWithNullWhereTheSpecDeclaresAString() {
        List<String> violations =
                ApiContract.platform().violations("POST", MATTERS, 201, JSON, bytes(registered("null")));

        assertThat(violations).anySatisfy(violation -> assertThat(violation).contains("place"));
        assertThatThrownBy(() ->
                        ApiContract.platform().check("POST", MATTERS + "?x=1", 201, JSON, bytes(registered("null"))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("POST " + MATTERS)
                .hasMessageContaining("place");
    }

    @Test
    void refusesALedgerPageWhoseItemLacksARequiredProperty() {
        String page = """
                {"items":[{"id":"0b6f5f8e-4a53-4c49-9d0e-6b0f43b0f2a1","code":"150526-2026-000002",
                 "status":"REGISTERED","channel":"WALK_IN","orgUnitCode":"150526","parties":[],
                 "registeredAt":"2026-11-22T02:03:04Z","complexity":"NORMAL"}]}""";

        assertThat(ApiContract.platform().violations("GET", MATTERS + "?limit=5", 200, JSON, bytes(page)))
                .anySatisfy(violation -> assertThat(violation).contains("categoryCode"));
    }

    @Test
    void holdsAProblemAnswerToTheSharedProblemItsOperationDeclares() {
        String named = """
                {"type":"https://onedoor.io/problems/not-in-center-configuration","title":"Not part of this center's configuration",
                 "status":422,"instance":"/api/v1/tenants/nm-jarud/matters","tenant":"nm-jarud",
                 "errors":[{"field":"categoryCode","message":"is not a category of this center"}]}""";
        String unnamed = """
                {"type":"https://onedoor.io/problems/not-in-center-configuration","title":"Not part of this center's configuration",
                 "status":422,"errors":[{"message":"is not a category of this center"}]}""";

        assertThat(ApiContract.platform().violations("POST", MATTERS, 422, PROBLEM, bytes(named)))
                .isEmpty();
        assertThat(ApiContract.platform().violations("POST", MATTERS, 422, PROBLEM, bytes(unnamed)))
                .anySatisfy(violation -> assertThat(violation).contains("field"));
    }

    @Test
    void refusesAStatusTheOperationDoesNotDeclare() {
        String problem = """
                {"type":"https://onedoor.io/problems/teapot","title":"I'm a teapot","status":418}""";

        assertThat(ApiContract.platform().violations("POST", MATTERS, 418, PROBLEM, bytes(problem)))
                .anySatisfy(violation -> assertThat(violation).contains("418"));
    }

    @Test
    void refusesAProblemWithoutItsTypeEvenOnAPathNoDocumentDeclares() {
        String untyped = """
                {"title":"Not Found","status":404}""";
        String typed = """
                {"type":"https://onedoor.io/problems/not-found","title":"Not Found","status":404}""";

        assertThat(ApiContract.platform().violations("GET", "/no/such/path", 404, PROBLEM, bytes(untyped)))
                .anySatisfy(violation -> assertThat(violation).contains("type"));
        assertThat(ApiContract.platform().violations("GET", "/no/such/path", 404, PROBLEM, bytes(typed)))
                .isEmpty();
    }

    @Test
    void holdsInternalPathsToTheirDocumentOnlyWhereTheServicesServeThem() {
        String notFound = """
                {"type":"https://onedoor.io/problems/not-found","title":"Not found","status":404}""";
        String rotation = "/internal/v1/signing-keys/rotation";

        assertThat(ApiContract.platform().violations("POST", rotation, 404, PROBLEM, bytes(notFound)))
                .anySatisfy(violation -> assertThat(violation).contains("404"));
        assertThat(ApiContract.gateway().violations("POST", rotation, 404, PROBLEM, bytes(notFound)))
                .isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
