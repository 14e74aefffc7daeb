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
                .containsExactlyInAnyOrder(
                        "orgUnit",
                        "limit",
                        "cursor",
                        "status",
                        "department",
                        "complexity",
                        "categoryCode",
                        "channel",
                        "overdue",
                        "light",
                        "registeredFrom",
                        "registeredTo");
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
    void internalOperationsRefuseEveryTokenButTheServicesTheyName() {
        var lookup =
                POLICY.match("GET", "/internal/v1/tenant-directory/nm-jarud").orElseThrow();
        assertThat(lookup.operation().isInternal()).isTrue();
        assertThat(POLICY.decide(lookup, operator("150000"), PROVINCES)).isEqualTo(Decision.FORBIDDEN);
        assertThat(POLICY.decide(lookup, staff("nm-jarud", "cases:read"), PROVINCES))
                .isEqualTo(Decision.FORBIDDEN);
        assertThat(POLICY.decide(lookup, service("gateway"), PROVINCES)).isEqualTo(Decision.ALLOW);
        assertThat(POLICY.decide(lookup, service("case-service"), PROVINCES)).isEqualTo(Decision.FORBIDDEN);

        var provision =
                POLICY.match("PUT", "/internal/v1/tenant-schemas/nm-jarud").orElseThrow();
        assertThat(POLICY.decide(provision, service("tenant-service"), PROVINCES))
                .isEqualTo(Decision.ALLOW);
        assertThat(POLICY.decide(provision, service("gateway"), PROVINCES)).isEqualTo(Decision.FORBIDDEN);
    }

    @Test
    void aServiceTokenWithoutTheServiceRoleOrScopeOpensNothingInternal() {
        var snapshot = POLICY.match("GET", "/internal/v1/tenant-configurations/nm-jarud")
                .orElseThrow();
        Caller noRole = new Caller(
                "case-service",
                "case-service",
                null,
                null,
                null,
                Set.of("INTEGRATOR"),
                Set.of("internal"),
                Set.of(Caller.SERVICE_AUDIENCE));
        Caller noScope = new Caller(
                "case-service",
                "case-service",
                null,
                null,
                null,
                Set.of(Caller.SERVICE_ROLE),
                Set.of(),
                Set.of(Caller.SERVICE_AUDIENCE));
        assertThat(POLICY.decide(snapshot, noRole, PROVINCES)).isEqualTo(Decision.FORBIDDEN);
        assertThat(POLICY.decide(snapshot, noScope, PROVINCES)).isEqualTo(Decision.FORBIDDEN);
        assertThat(POLICY.decide(snapshot, service("case-service"), PROVINCES)).isEqualTo(Decision.ALLOW);
    }

    @Test
    void aServiceTokenOpensNothingUnderTheApiEvenWhereAnyCallerMay() {
        Caller tenantAdminAsService = new Caller(
                "case-service",
                "case-service",
                "nm-jarud",
                "150000",
                null,
                Set.of(Caller.SERVICE_ROLE, "TENANT_ADMIN", "OPERATOR"),
                Set.of("internal", "config:read", "tenants:read"),
                Set.of(Caller.SERVICE_AUDIENCE));
        assertThat(POLICY.operations().stream().filter(op -> !op.isInternal()))
                .isNotEmpty()
                .allSatisfy(op -> {
                    var match = POLICY.match(op.method(), op.path().replace("{tenant}", "nm-jarud"));
                    assertThat(match).isPresent();
                    assertThat(POLICY.decide(match.orElseThrow(), tenantAdminAsService, PROVINCES))
                            .as(op.id())
                            .isNotEqualTo(Decision.ALLOW);
                });
        var whoAmI = POLICY.match("GET", "/api/v1/identity/me").orElseThrow();
        assertThat(POLICY.decide(whoAmI, staff("nm-jarud"), PROVINCES)).isEqualTo(Decision.ALLOW);
        assertThat(POLICY.decide(whoAmI, service("gateway"), PROVINCES)).isEqualTo(Decision.FORBIDDEN);
    }

    @Test
    void aRuleWithAnUnknownKeyOrNoConditionIsRefusedRatherThanAllowingEveryone() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AccessRule.from(Map.of("network", "internal")))
                .hasMessageContaining("unknown key network");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AccessRule.from(Map.of()))
                .hasMessageContaining("must state a condition");
    }

    @Test
    void serviceDeclarationsNameServicesOrSayTrue() {
        assertThat(AccessRule.from(Map.of("service", true)).services()).containsExactly(AccessRule.ANY_SERVICE);
        assertThat(AccessRule.from(Map.of("service", java.util.List.of("gateway")))
                        .services())
                .containsExactly("gateway");
        assertThat(AccessRule.from(Map.of("roles", java.util.List.of("STAFF"))).service())
                .isFalse();
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

    private static Caller service(String clientId) {
        return new Caller(
                clientId,
                clientId,
                null,
                null,
                null,
                Set.of(Caller.SERVICE_ROLE),
                Set.of("internal"),
                Set.of(Caller.SERVICE_AUDIENCE));
    }

    private static Caller operator(String province) {
        return new Caller(
                "op", "ops", null, province, null, Set.of("OPERATOR"), Set.of("tenants:read", "tenants:write"));
    }
}
