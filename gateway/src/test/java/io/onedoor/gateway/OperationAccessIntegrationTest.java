package io.onedoor.gateway;

import static io.onedoor.gateway.GatewayClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.gateway.StandInService.Received;
import io.onedoor.support.access.AccessPolicy;
import io.onedoor.support.access.AccessPolicy.Operation;
import io.onedoor.support.access.AccessRule;
import io.onedoor.support.tenancy.TenantDirectoryEntry.Status;
import io.onedoor.testsupport.TestIssuer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every operation the public API documents declare and proves, at the gateway, each denial
 * its {@code x-onedoor-access} rules imply, and that none of the refused requests reaches a
 * service; then that a caller the rules allow is forwarded with the token intact. The operations
 * come from the same documents the gateway enforces, so an operation added to the spec is covered
 * here without anyone touching this test.
 */
class OperationAccessIntegrationTest extends GatewayIntegrationTest {

    static final AccessPolicy SPEC = AccessPolicy.fromClasspath(
            "openapi/tenants.yaml", "openapi/cases.yaml", "openapi/identity.yaml", "openapi/configuration.yaml");

    static final String TENANT = "spec-county";
    static final String OTHER_TENANT = "spec-neighbour";
    static final String PROVINCE = TenantDirectoryFixture.PROVINCE;
    static final String OTHER_PROVINCE = "150000";
    static final String RESOURCE_ID = "3f1c2b7e-9a64-4d0b-8e25-6c7d1f0a4b93";
    static final List<String> ROLES =
            List.of("OPERATOR", "TENANT_ADMIN", "STAFF", "SUPERVISOR", "AUDITOR", "INTEGRATOR");

    @BeforeEach
    void tenants() {
        directory.write(TENANT, Status.ACTIVE, PROVINCE);
        directory.write(OTHER_TENANT, Status.ACTIVE, PROVINCE);
    }

    /** A way to be refused, and the answer it must get. */
    enum Attack {
        NO_TOKEN(401, "unauthenticated"),
        EXPIRED_TOKEN(401, "invalid-token"),
        UNPUBLISHED_KEY(401, "invalid-token"),
        ALG_NONE(401, "invalid-token"),
        WRONG_TENANT(403, "forbidden"),
        WRONG_ROLE(403, "forbidden"),
        MISSING_SCOPE(403, "forbidden"),
        OTHER_PROVINCE(404, "tenant-not-found"),
        OTHER_PROVINCE_PATH(403, "forbidden");

        final int status;
        final String kind;

        Attack(int status, String kind) {
            this.status = status;
            this.kind = kind;
        }
    }

    static List<Operation> publicOperations() {
        return SPEC.operations().stream().filter(op -> !op.isInternal()).toList();
    }

    static Stream<Arguments> attacks() {
        List<Arguments> cases = new ArrayList<>();
        for (Operation op : publicOperations()) {
            for (Attack attack : Attack.values()) {
                basis(attack, op).ifPresent(rule -> cases.add(Arguments.of(op.id() + ": " + attack, op, attack, rule)));
            }
        }
        return cases.stream();
    }

    /** One allowed caller per rule of every operation: each way in is proven open. */
    static Stream<Arguments> allowedCallers() {
        List<Arguments> cases = new ArrayList<>();
        for (Operation op : publicOperations()) {
            for (AccessRule rule : rules(op)) {
                cases.add(Arguments.of(op.id() + " as " + describe(rule), op, rule));
            }
        }
        return cases.stream();
    }

    @Test
    void theSpecDeclaresTheOperationsThisTestWalks() {
        assertThat(publicOperations())
                .extracting(Operation::id)
                .contains(
                        "onboardTenant",
                        "listTenants",
                        "getTenant",
                        "suspendTenant",
                        "resumeTenant",
                        "registerMatter",
                        "listMatters",
                        "getMatter",
                        "whoAmI");
        // Every denial the issue names is exercised on at least one operation.
        assertThat(attacks().map(arguments -> (Attack) arguments.get()[2]).distinct())
                .contains(
                        Attack.NO_TOKEN,
                        Attack.EXPIRED_TOKEN,
                        Attack.UNPUBLISHED_KEY,
                        Attack.ALG_NONE,
                        Attack.WRONG_TENANT,
                        Attack.WRONG_ROLE,
                        Attack.MISSING_SCOPE,
                        Attack.OTHER_PROVINCE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void everyOperationRefusesEachDenialBeforeAnyServiceSeesIt(
            String name, Operation op, Attack attack, AccessRule basis) {
        HttpResponse<String> response = call(op, authorization(op, attack, basis));

        assertProblem(response, attack.status, attack.kind);
        if (attack.status == 401) {
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
        }
        assertThat(caseService.forwarded()).isEmpty();
        assertThat(tenantService.forwarded()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowedCallers")
    void everyOperationForwardsAnAllowedCallerWithTheTokenIntact(String name, Operation op, AccessRule rule) {
        String token = tokens.bearer(allowedClaims(op, rule));

        HttpResponse<String> response = call(op, token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<Received> forwarded = new ArrayList<>(caseService.forwarded());
        forwarded.addAll(tenantService.forwarded());
        assertThat(forwarded).hasSize(1);
        Received received = forwarded.getFirst();
        assertThat(received.method()).isEqualTo(op.method().toUpperCase(Locale.ROOT));
        assertThat(received.path()).isEqualTo(concretePath(op));
        assertThat(received.header("Authorization")).isEqualTo(token);
    }

    private HttpResponse<String> call(Operation op, String authorization) {
        String method = op.method().toUpperCase(Locale.ROOT);
        String body = method.equals("POST") || method.equals("PUT") ? "{}" : null;
        return authorization == null
                ? gateway.send(method, concretePath(op), body)
                : gateway.send(method, concretePath(op), body, "Authorization", authorization);
    }

    /** The Authorization header of the attack, from claims the basis rule would allow; null for none. */
    private String authorization(Operation op, Attack attack, AccessRule basis) {
        Map<String, Object> allowed = allowedClaims(op, basis);
        TestIssuer issuer = tokens.issuer();
        return switch (attack) {
            case NO_TOKEN -> null;
            case EXPIRED_TOKEN -> "Bearer " + issuer.expired(allowed);
            case UNPUBLISHED_KEY -> "Bearer " + issuer.signedByUnpublishedKey(allowed);
            case ALG_NONE -> "Bearer " + issuer.unsigned(allowed);
            case WRONG_TENANT -> tokens.bearer(with(allowed, "tenant", OTHER_TENANT));
            case WRONG_ROLE -> {
                // Every scope any rule asks for: the role alone is wrong.
                Set<String> scopes = new LinkedHashSet<>();
                rules(op).forEach(rule -> scopes.addAll(rule.scopes()));
                Map<String, Object> claims = with(allowed, "roles", List.of(roleNoRuleAllows(op)));
                yield tokens.bearer(with(claims, "scope", String.join(" ", scopes)));
            }
            case MISSING_SCOPE -> {
                Set<String> scopes = new LinkedHashSet<>(basis.scopes());
                scopes.remove(basis.scopes().stream().sorted().findFirst().orElseThrow());
                yield tokens.bearer(with(allowed, "scope", String.join(" ", scopes)));
            }
            case OTHER_PROVINCE, OTHER_PROVINCE_PATH -> tokens.bearer(with(allowed, "province", OTHER_PROVINCE));
        };
    }

    /**
     * The rule whose allowed claims the attack spoils, if the attack applies to the operation. The
     * claims take a role only that rule allows, so spoiling them leaves no other rule to fall back on.
     */
    private static Optional<AccessRule> basis(Attack attack, Operation op) {
        List<AccessRule> rules = rules(op);
        boolean everyRuleNamesRoles = rules.stream()
                .noneMatch(rule -> rule.authenticated() || rule.roles().isEmpty());
        return switch (attack) {
            case NO_TOKEN, EXPIRED_TOKEN, UNPUBLISHED_KEY, ALG_NONE -> Optional.of(rules.getFirst());
            case WRONG_TENANT ->
                rules.stream().filter(rule -> "path".equals(rule.tenant())).findFirst();
            case WRONG_ROLE ->
                everyRuleNamesRoles
                                && ROLES.stream().anyMatch(role -> rulesAllowing(op, role)
                                        .isEmpty())
                        ? Optional.of(rules.getFirst())
                        : Optional.empty();
            case MISSING_SCOPE ->
                everyRuleNamesRoles
                        ? rules.stream()
                                .filter(rule -> !rule.scopes().isEmpty())
                                .findFirst()
                        : Optional.empty();
            case OTHER_PROVINCE ->
                rules.stream().filter(rule -> "tenant".equals(rule.province())).findFirst();
            case OTHER_PROVINCE_PATH ->
                rules.stream().filter(rule -> "path".equals(rule.province())).findFirst();
        };
    }

    private static List<AccessRule> rules(Operation op) {
        return op.rules().stream().filter(rule -> !rule.service()).toList();
    }

    private static List<AccessRule> rulesAllowing(Operation op, String role) {
        return rules(op).stream().filter(rule -> rule.roles().contains(role)).toList();
    }

    /** Claims that satisfy the rule (and, through a role no other rule names, that rule alone). */
    static Map<String, Object> allowedClaims(Operation op, AccessRule rule) {
        if (rule.authenticated()) {
            return Tokens.person("STAFF", TENANT, PROVINCE, "cases:read");
        }
        List<String> roles = rule.roles().stream().sorted().toList();
        String role = roles.stream()
                .filter(candidate -> rulesAllowing(op, candidate).size() == 1)
                .findFirst()
                .orElse(roles.isEmpty() ? "STAFF" : roles.getFirst());
        String tenant = "path".equals(rule.tenant()) ? TENANT : null;
        String[] scopes = rule.scopes().stream().sorted().toArray(String[]::new);
        return role.equals("INTEGRATOR")
                ? Tokens.integrator("spec-client-" + op.id().toLowerCase(Locale.ROOT), tenant, PROVINCE, scopes)
                : Tokens.person(role, tenant, PROVINCE, scopes);
    }

    private static String roleNoRuleAllows(Operation op) {
        return ROLES.stream()
                .filter(role -> rulesAllowing(op, role).isEmpty())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(op.id() + " allows every role"));
    }

    private static String describe(AccessRule rule) {
        if (rule.authenticated()) {
            return "any caller";
        }
        return rule.roles().stream().sorted().toList() + " "
                + rule.scopes().stream().sorted().toList()
                + (rule.tenant() != null ? " tenant:" + rule.tenant() : "")
                + (rule.province() != null ? " province:" + rule.province() : "");
    }

    /** The operation's path template with every variable filled in. */
    static String concretePath(Operation op) {
        return op.path()
                .replace("{tenant}", TENANT)
                .replace("{code}", TENANT)
                .replace("{province}", PROVINCE)
                .replace("{version}", "1")
                .replace("{section}", "departments")
                .replace("{year}", "2026")
                .replaceAll("\\{[^}]+}", RESOURCE_ID);
    }

    private static Map<String, Object> with(Map<String, Object> claims, String name, Object value) {
        Map<String, Object> changed = new HashMap<>(claims);
        changed.put(name, value);
        return changed;
    }
}
