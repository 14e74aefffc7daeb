package io.onedoor.cases.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseApi.Response;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.Requests;
import io.onedoor.cases.TestTokens;
import io.onedoor.support.tenancy.TenantCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/**
 * What the filter chain lets through without a token (the health probes), what it lets through
 * with a service token only (the internal API), and what it never lets through.
 */
@CaseServiceTest
class FilterChainIntegrationTest {

    @Autowired
    CaseApi api;

    @Test
    void healthNeedsNoTokenTheInternalApiTakesAServiceTokenAndEverythingElseIsDenied() {
        CaseApi anonymous = api.anonymous();
        assertThat(anonymous.send("GET", "/actuator/health", null, null).status())
                .isEqualTo(200);
        assertThat(anonymous
                        .send("GET", "/actuator/health/readiness", null, null)
                        .status())
                .isEqualTo(200);
        TenantCode hinggan = CaseApi.newTenantCode("hinggan");
        api.createSchema(hinggan);
        assertThat(anonymous.provision(hinggan.value(), "152200").status()).isEqualTo(401);
        assertThat(api.provision(hinggan.value(), "152200").status())
                .as("with tenant-service's service token")
                .isEqualTo(200);

        String token = TestTokens.integrator(hinggan.value());
        for (String path : List.of("/actuator/info", "/actuator/env", "/actuator/beans", "/error", "/anything")) {
            Response withoutToken = anonymous.send("GET", path, null, null);
            assertThat(withoutToken.status()).as(path).isEqualTo(401);
            assertThat(withoutToken.problemType()).as(path).endsWith("/unauthenticated");
            Response withToken = api.as(token).send("GET", path, null, null);
            assertThat(withToken.status()).as(path).isEqualTo(403);
            assertThat(withToken.problemType()).as(path).endsWith("/forbidden");
        }
        // Spring Security would publish resource metadata here to anyone; the platform publishes none.
        for (CaseApi caller : List.of(anonymous, api.as(token))) {
            Response metadata = caller.send("GET", "/.well-known/oauth-protected-resource", null, null);
            assertThat(metadata.status()).isEqualTo(401);
            assertThat(metadata.text()).doesNotContain("bearer_methods_supported");
        }
        // Under /api/ but declared by no operation: refused even for a caller of the tenant.
        Response undeclared = api.as(token).send("GET", "/api/v1/tenants/" + hinggan.value() + "/secrets", null, null);
        assertThat(undeclared.status()).isEqualTo(403);
    }

    @Test
    void aCallerOfAnotherTenantLearnsNothingOfWhetherATenantExistsOrIsBeingUpgraded() {
        TenantCode chifeng = api.onboard("chifeng", "150400");
        TenantCode ghost = CaseApi.newTenantCode("ghost");
        TenantCode halfway = CaseApi.newTenantCode("halfway");
        api.createSchema(halfway);
        CaseApi stranger = api.as(TestTokens.integrator(chifeng.value()));

        for (TenantCode other : List.of(ghost, halfway)) {
            Response refused = stranger.list(other, "");
            assertThat(refused.status()).as(other.value()).isEqualTo(403);
            assertThat(refused.problemType()).endsWith("/forbidden");
        }
        // Its own callers are told.
        assertThat(api.list(ghost, "").status()).isEqualTo(404);
        assertThat(api.list(halfway, "").status()).isEqualTo(503);
    }

    @Test
    void noSessionIsEverCreatedAndNoCsrfTokenIsAsked() {
        TenantCode hinggan = api.onboard("hinggan", "152200");

        Response registered = api.register(hinggan, Requests.machineryRent("stateless"));
        Response listed = api.list(hinggan, "");
        Response refused = api.anonymous().list(hinggan, "");

        assertThat(registered.status()).isEqualTo(201);
        assertThat(List.of(registered, listed, refused))
                .allSatisfy(answer ->
                        assertThat(answer.headers().get(HttpHeaders.SET_COOKIE)).isNull());
    }

    @Test
    void tokensAreReadFromOneAuthorizationHeaderOnlyAndNeverFromTheQuery() {
        TenantCode hinggan = api.onboard("hinggan", "152200");
        String token = TestTokens.integrator(hinggan.value());
        String path = "/api/v1/tenants/" + hinggan.value() + "/matters";

        Response inQuery = api.anonymous().send("GET", path + "?access_token=" + token, null, null);
        assertThat(inQuery.status()).isEqualTo(401);

        Response twoHeaders = api.anonymous()
                .send(
                        "GET",
                        path,
                        null,
                        null,
                        Map.of(HttpHeaders.AUTHORIZATION, "Bearer " + token, "authorization", "Bearer " + token));
        assertThat(twoHeaders.status()).isEqualTo(401);

        for (int size : List.of(8 * 1024 + 1, 12 * 1024)) {
            Response oversized =
                    api.withAuthorization("Bearer " + "x".repeat(size - 7)).list(hinggan, "");
            assertThat(oversized.status()).as("%d bytes", size).isEqualTo(401);
            assertThat(oversized.problemType()).endsWith("/invalid-token");
            assertThat(oversized.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
        }
        assertThat(api.as(token).list(hinggan, "").status()).isEqualTo(200);
    }
}
