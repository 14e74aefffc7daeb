package io.onedoor.cases.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseApi.Response;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.Requests;
import io.onedoor.cases.TestTokens;
import io.onedoor.support.access.AccessPolicy;
import io.onedoor.support.access.AccessPolicy.Operation;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.testsupport.TestIssuer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The internal API case-service serves (provisioning and open-matter counts) opens to
 * tenant-service's service token only: no token or a broken one is a 401 problem, any other valid
 * token (a person's, an integrator's, an operator's, another service's) a 403 problem.
 */
@CaseServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InternalAccessIntegrationTest {

    static final AccessPolicy INTERNAL = AccessPolicy.fromClasspath("openapi/internal.yaml");
    static final TestIssuer ISSUER = TestTokens.ISSUER;

    @Autowired
    CaseApi api;

    TenantCode kashgar;

    @BeforeAll
    void aTenantWithAMatter() {
        kashgar = api.onboard("internal-kashgar", "653101");
        api.register(kashgar, Requests.machineryRent("internal"));
    }

    /** The internal operations case-service serves, each as a request a caller could send. */
    Map<String, Request> requests() {
        Map<String, Request> requests = new LinkedHashMap<>();
        requests.put(
                "provisionTenantSchema",
                new Request("PUT", "/internal/v1/tenant-schemas/" + kashgar.value(), Map.of("divisionCode", "653101")));
        requests.put(
                "findOpenMatterReferences",
                new Request(
                        "GET",
                        "/internal/v1/tenants/" + kashgar.value()
                                + "/open-matter-references?categories=labor.wage-arrears",
                        null));
        return requests;
    }

    @Test
    void everyInternalOperationOfThisServiceIsCovered() {
        assertThat(requests().keySet()).allSatisfy(id -> assertThat(INTERNAL.operations())
                .filteredOn(op -> op.id().equals(id))
                .singleElement()
                .satisfies(op -> assertThat(op.isInternal()).isTrue()));
        // The other internal operations are tenant-service's: here they match no handler.
        assertThat(INTERNAL.operations())
                .extracting(Operation::id)
                .containsAll(requests().keySet());
    }

    @Test
    void refusesInternalCallsWithoutAValidToken() {
        requests().forEach((id, request) -> {
            Response none = request.send(api.anonymous());
            assertThat(none.status()).as(id + " without a token").isEqualTo(401);
            assertThat(none.problemType()).as(id).endsWith("/unauthenticated");
            assertThat(none.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");

            Response garbage = request.send(api.withAuthorization("Bearer garbage.not.a-token"));
            assertThat(garbage.status()).as(id + " with a garbage token").isEqualTo(401);
            assertThat(garbage.problemType()).as(id).endsWith("/invalid-token");

            Response expired = request.send(api.as(ISSUER.expired(TestIssuer.service("tenant-service"))));
            assertThat(expired.status())
                    .as(id + " with an expired service token")
                    .isEqualTo(401);

            Response forged = request.send(api.as(ISSUER.signedByUnpublishedKey(TestIssuer.service("tenant-service"))));
            assertThat(forged.status())
                    .as(id + " with a service token nobody published")
                    .isEqualTo(401);
        });
    }

    @Test
    void refusesInternalCallsWithAValidTokenThatIsNotTenantServices() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("staff", ISSUER.token(TestIssuer.staff(kashgar.value(), "653101")));
        tokens.put("operator", ISSUER.token(TestIssuer.operator("650000")));
        tokens.put("integrator", ISSUER.token(TestIssuer.integrator(kashgar.value(), "cases:read", "cases:write")));
        tokens.put("gateway's service token", ISSUER.serviceToken("gateway"));
        tokens.put("case-service's own service token", ISSUER.serviceToken("case-service"));
        tokens.put(
                "an operator claiming the service audience",
                ISSUER.token(with(TestIssuer.operator("650000"), "aud", java.util.List.of("service"))));
        requests()
                .forEach((id, request) -> tokens.forEach((who, token) -> {
                    Response answer = request.send(api.as(token));
                    assertThat(answer.status()).as(id + " as " + who).isEqualTo(403);
                    assertThat(answer.problemType()).as(id + " as " + who).endsWith("/forbidden");
                }));
    }

    @Test
    void servesInternalCallsWithTenantServicesServiceToken() {
        CaseApi tenantService = api.as(ISSUER.serviceToken("tenant-service"));
        requests()
                .forEach((id, request) ->
                        assertThat(request.send(tenantService).status()).as(id).isEqualTo(200));
        Response references = requests().get("findOpenMatterReferences").send(tenantService);
        assertThat(references
                        .body()
                        .path("categories")
                        .get(0)
                        .path("openMatters")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void aServiceTokenOpensNothingUnderTheApi() {
        Response answer = api.as(ISSUER.serviceToken("tenant-service"))
                .send("GET", "/api/v1/tenants/" + kashgar.value() + "/matters", null, null);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.problemType()).endsWith("/forbidden");
    }

    @Test
    void anInternalPathTheSpecDoesNotDeclareIsRefusedEvenToAService() {
        Response answer =
                api.as(ISSUER.serviceToken("tenant-service")).send("GET", "/internal/v1/undeclared", null, null);

        assertThat(answer.status()).isEqualTo(403);
    }

    private static Map<String, Object> with(Map<String, Object> claims, String name, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(claims);
        changed.put(name, value);
        return changed;
    }

    record Request(String method, String path, @Nullable Object body) {

        Response send(CaseApi api) {
            return api.send(method, path, body, null);
        }
    }
}
