package io.onedoor.support.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyUnitTest {

    private static final AccessPolicy POLICY = AccessPolicy.fromClasspath(
            "openapi/tenants.yaml", "openapi/cases.yaml", "openapi/identity.yaml", "openapi/internal.yaml");
    private static final AccessFacts PROVINCES = tenant -> Optional.of(tenant.startsWith("nm-") ? "150000" : "650000");

    @Test
    void everyOperationOfEveryDocumentDeclaresItsAccess() {
        assertThat(POLICY.operations())
                .extracting(AccessPolicy.Operation::id)
                .contains("onboardTenant", "getTenant", "registerMatter", "getMatter", "whoAmI", "lookUpTenant");
        assertThat(POLICY.operations()).allSatisfy(op -> assertThat(op.rules()).isNotEmpty());
    }

    @Test
    void operationsKnowTheQueryParametersTheyDeclareThroughReferencesToo() {
        assertThat(POLICY.match("GET", "/api/v1/tenants/nm-jarud/matters")
                        .orElseThrow()
                        .operation()
                        .queryParameters())
                .containsExactlyInAnyOrder("orgUnit", "limit", "cursor");
        // Declared as references to the document's shared parameters.
        assertThat(POLICY.match("GET", "/api/v1/tenants/nm-jarud/audit-events")
                        .orElseThrow()
                        .operation()
                        .queryParameters())
                .containsExactlyInAnyOrder("action", "limit", "cursor");
        assertThat(POLICY.match("GET", "/api/v1/tenants/nm-jarud/matters/x")
                        .orElseThrow()
                        .operation()
                        .queryParameters())
                .isEmpty();
    }

    @Test
    void requestsMatchTheMostSpecificOperation() {
        assertThat(POLICY.match("GET", "/api/v1/tenants/nm-jarud")
                        .orElseThrow()
                        .operation()
                        .id())
                .isEqualTo("getTenant");
        assertThat(POLICY.match("GET", "/api/v1/tenants/nm-jarud/matters")
                        .orElseThrow()
                        .operation()
                        .id())
                .isEqualTo("listMatters");
        var match = POLICY.match("GET", "/api/v1/tenants/nm-jarud/matters/0b3c5c2e-8f44-4c58-9d6b-1f2a3b4c5d6e")
                .orElseThrow();
        assertThat(match.operation().id()).isEqualTo("getMatter");
        assertThat(match.variables()).containsEntry("tenant", "nm-jarud");
        assertThat(POLICY.match("DELETE", "/api/v1/tenants/nm-jarud/matters")).isEmpty();
    }

    @Test
    void staffReadMattersOfTheirOwnTenantOnly() {
        var getMatter =
                POLICY.match("GET", "/api/v1/tenants/nm-jarud/matters/x").orElseThrow();
        assertThat(POLICY.decide(getMatter, staff("nm-jarud", "cases:read"), PROVINCES))
                .isEqualTo(Decision.ALLOW);
        assertThat(POLICY.decide(getMatter, staff("nm-horqin", "cases:read"), PROVINCES))
                .isEqualTo(Decision.FORBIDDEN);
        assertThat(POLICY.decide(getMatter, staff("nm-jarud", "cases:write"), PROVINCES))
                .isEqualTo(Decision.FORBIDDEN);
    }

    @Test
    void operatorsCannotReadMattersAndCannotSeeOtherProvincesTenants() {
        var getMatter =
                POLICY.match("GET", "/api/v1/tenants/nm-jarud/matters/x").orElseThrow();
        assertThat(POLICY.decide(getMatter, operator("150000"), PROVINCES)).isEqualTo(Decision.FORBIDDEN);

        var getTenant = POLICY.match("GET", "/api/v1/tenants/nm-jarud").orElseThrow();
        assertThat(POLICY.decide(getTenant, operator("150000"), PROVINCES)).isEqualTo(Decision.ALLOW);
        assertThat(POLICY.decide(getTenant, operator("650000"), PROVINCES)).isEqualTo(Decision.NOT_FOUND);
        assertThat(POLICY.decide(getTenant, operator("650000"), AccessFacts.NONE))
                .isEqualTo(Decision.NOT_FOUND);
    }

    @Test
    void internalOperationsAreNeverAllowedToATokenByThemselves() {
        var lookup =
                POLICY.match("GET", "/internal/v1/tenant-directory/nm-jarud").orElseThrow();
        assertThat(lookup.operation().isInternal()).isTrue();
        assertThat(POLICY.decide(lookup, operator("150000"), PROVINCES)).isEqualTo(Decision.FORBIDDEN);
    }

    @Test
    void callerComesFromTheTokensClaims() {
        Caller caller = Caller.fromClaims(Map.of(
                "sub", "a1",
                "tenant", "nm-jarud",
                "roles", java.util.List.of("STAFF"),
                "scope", "cases:read cases:write",
                "org_unit", "150526"));
        assertThat(caller.scopes()).containsExactlyInAnyOrder("cases:read", "cases:write");
        assertThat(caller.roles()).containsExactly("STAFF");
        assertThat(caller.orgUnit()).isEqualTo("150526");
    }

    private static Caller staff(String tenant, String... scopes) {
        return new Caller("s1", "onedoor-console", tenant, "150000", "150526", Set.of("STAFF"), Set.of(scopes));
    }

    private static Caller operator(String province) {
        return new Caller(
                "op", "ops", null, province, null, Set.of("OPERATOR"), Set.of("tenants:read", "tenants:write"));
    }
}
