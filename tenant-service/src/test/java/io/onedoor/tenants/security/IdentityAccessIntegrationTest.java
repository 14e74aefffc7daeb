package io.onedoor.tenants.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.support.access.AccessPolicy;
import io.onedoor.tenants.People;
import io.onedoor.tenants.People.Answer;
import io.onedoor.tenants.People.Person;
import io.onedoor.tenants.Registry;
import io.onedoor.tenants.TenantServiceTest;
import io.onedoor.tenants.TokenProperties;
import io.onedoor.tenants.Tokens;
import io.onedoor.testsupport.TestIssuer;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Every operation of the identity API refuses whoever its spec rules do not allow: no token or a
 * token that does not verify (401), a valid token of another tenant, role or without the scope
 * (403), an operator of another province asking about a tenant (404, as if it did not exist).
 * And each lets the caller it allows through.
 */
@TenantServiceTest
class IdentityAccessIntegrationTest {

    private static final String PROVINCE = "370000";
    private static final String OTHER_PROVINCE = "320000";
    private static final String TENANT = "sd-lixia";
    private static final String OTHER_TENANT = "sd-shizhong";

    @Autowired
    Registry registry;

    @Autowired
    People people;

    @Autowired
    Tokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    TokenProperties issuer;

    private Person admin;
    private Person staff;
    private String otherTenantsAdmin;
    private String adminWithoutScope;
    private String operator;
    private String operatorWithoutScope;
    private String otherProvincesOperator;
    private String tenantClient;
    private String provincialClient;
    private String platformAdmin;
    private String platformAdminWithoutScope;
    private String provincialOperator;

    /** How an operation is called: method, path with the fixtures filled in, whether it takes a body. */
    private record Call(String method, String path, boolean body) {}

    /** Whom an operation's rules allow, and what the callers it refuses are answered. */
    private enum Allowed {
        /** Any verified caller. */
        ANYONE,
        /** The tenant's admins, and the operators of its province (others: 404). */
        ADMIN_OR_OPERATOR_OF_TENANT,
        /** The tenant's admins only. */
        ADMIN_OF_TENANT,
        /** The tenant's admins and auditors, and the operators of its province. */
        AUDIT_OF_TENANT,
        /** The operators of the province in the path (and platform administrators, for its clients). */
        OPERATOR_OF_PROVINCE,
        /** Platform administrators only. */
        PLATFORM_ADMIN
    }

    @BeforeEach
    void fixtures() {
        if (jdbc.queryForObject("select count(*) from platform.tenant where code = ?", Integer.class, TENANT) == 0) {
            registry.withOrgTree(TENANT, "370102", PROVINCE);
            registry.withOrgTree(OTHER_TENANT, "370103", PROVINCE);
        }
        admin = people.admin(TENANT);
        staff = people.person(TENANT, "staff", List.of("STAFF"), "370102001");
        otherTenantsAdmin = people.admin(OTHER_TENANT).token();
        adminWithoutScope =
                tokens.login(admin.login(), People.PASSWORD, "config:read").accessToken();
        operator = tokens.operator(PROVINCE);
        operatorWithoutScope = tokens.clientCredentials(
                        Tokens.operatorClientId(PROVINCE), Tokens.OPERATOR_SECRET, "tenants:read")
                .accessToken();
        otherProvincesOperator = tokens.operator(OTHER_PROVINCE);
        tenantClient = people.call(
                        "POST",
                        "/api/v1/tenants/" + TENANT + "/clients",
                        admin.token(),
                        Map.of("name", "access test", "scopes", List.of("cases:read")))
                .body()
                .path("clientId")
                .asString();
        platformAdmin = tokens.platformAdmin();
        platformAdminWithoutScope = tokens.login(
                        TenantServiceTest.PLATFORM_ADMIN + "@000000",
                        TenantServiceTest.PLATFORM_ADMIN_PASSWORD,
                        "tenants:read")
                .accessToken();
        if (provincialOperator == null) {
            provincialOperator = people.call(
                            "POST",
                            "/api/v1/provinces/" + PROVINCE + "/operators",
                            platformAdmin,
                            Map.of("username", "access.test." + System.nanoTime(), "displayName", "权限测试"))
                    .body()
                    .path("id")
                    .asString();
        }
        provincialClient = people.call(
                        "POST",
                        "/api/v1/provinces/" + PROVINCE + "/clients",
                        operator,
                        Map.of("name", "access test", "scopes", List.of("kpi:read")))
                .body()
                .path("clientId")
                .asString();
    }

    private Map<String, Call> calls() {
        String accounts = "/api/v1/tenants/" + TENANT + "/accounts";
        String account = accounts + "/" + staff.id();
        String clients = "/api/v1/tenants/" + TENANT + "/clients";
        String provincial = "/api/v1/provinces/" + PROVINCE + "/clients";
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("whoAmI", new Call("GET", "/api/v1/identity/me", false));
        calls.put("createAccount", new Call("POST", accounts, true));
        calls.put("listAccounts", new Call("GET", accounts, false));
        calls.put("getAccount", new Call("GET", account, false));
        calls.put("changeAccountRoles", new Call("PUT", account + "/roles", true));
        calls.put("changeAccountDepartment", new Call("PUT", account + "/department", true));
        calls.put("lockAccount", new Call("PUT", account + "/lock", false));
        calls.put("unlockAccount", new Call("DELETE", account + "/lock", false));
        calls.put("setAccountPassword", new Call("PUT", account + "/password", true));
        calls.put("createTenantClient", new Call("POST", clients, true));
        calls.put("listTenantClients", new Call("GET", clients, false));
        calls.put("rotateTenantClientSecret", new Call("POST", clients + "/" + tenantClient + "/secret", false));
        calls.put("revokeTenantClient", new Call("DELETE", clients + "/" + tenantClient, false));
        calls.put("createProvincialClient", new Call("POST", provincial, true));
        calls.put("listProvincialClients", new Call("GET", provincial, false));
        calls.put(
                "rotateProvincialClientSecret",
                new Call("POST", provincial + "/" + provincialClient + "/secret", false));
        calls.put("revokeProvincialClient", new Call("DELETE", provincial + "/" + provincialClient, false));
        String operators = "/api/v1/provinces/" + PROVINCE + "/operators";
        String operator = operators + "/" + provincialOperator;
        calls.put("createOperator", new Call("POST", operators, true));
        calls.put("listOperators", new Call("GET", operators, false));
        calls.put("getOperator", new Call("GET", operator, false));
        calls.put("lockOperator", new Call("PUT", operator + "/lock", false));
        calls.put("unlockOperator", new Call("DELETE", operator + "/lock", false));
        calls.put("resetOperatorPassword", new Call("POST", operator + "/password-reset", false));
        calls.put("listTenantAuditEvents", new Call("GET", "/api/v1/tenants/" + TENANT + "/audit-events", false));
        calls.put(
                "listProvincialAuditEvents", new Call("GET", "/api/v1/provinces/" + PROVINCE + "/audit-events", false));
        return calls;
    }

    private static Allowed allowed(String operation) {
        return switch (operation) {
            case "whoAmI" -> Allowed.ANYONE;
            case "createAccount",
                    "listAccounts",
                    "getAccount",
                    "changeAccountRoles",
                    "changeAccountDepartment",
                    "lockAccount",
                    "unlockAccount",
                    "setAccountPassword" -> Allowed.ADMIN_OR_OPERATOR_OF_TENANT;
            case "createTenantClient", "listTenantClients", "rotateTenantClientSecret", "revokeTenantClient" ->
                Allowed.ADMIN_OF_TENANT;
            case "listTenantAuditEvents" -> Allowed.AUDIT_OF_TENANT;
            case "createOperator",
                    "listOperators",
                    "getOperator",
                    "lockOperator",
                    "unlockOperator",
                    "resetOperatorPassword" -> Allowed.PLATFORM_ADMIN;
            default -> Allowed.OPERATOR_OF_PROVINCE;
        };
    }

    @Test
    void theTableCoversEveryOperationOfTheIdentityApi() {
        List<String> declared = AccessPolicy.fromClasspath("openapi/identity.yaml").operations().stream()
                .filter(operation -> !operation.isInternal())
                .map(AccessPolicy.Operation::id)
                .toList();

        assertThat(calls().keySet()).containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void withoutAVerifiedTokenEveryOperationIsUnauthenticated() {
        Map<String, Object> claims = new HashMap<>(tokens.claims(admin.token()));
        try (TestIssuer foreign = TestIssuer.start()) {
            Map<String, String> badTokens = new LinkedHashMap<>();
            badTokens.put("alg none", foreign.unsigned(claims));
            badTokens.put("signed by another key", foreign.signedByUnpublishedKey(claims));
            badTokens.put("expired", expiredButOurs(claims));
            badTokens.put("malformed", "not.a.token");
            badTokens.put("oversized", "x".repeat(9000));
            calls().forEach((operation, call) -> {
                Answer none = send(call, null);
                assertThat(none.status()).as(operation + " without a token").isEqualTo(401);
                assertThat(none.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
                assertThat(none.body().path("type").asString()).endsWith("/unauthenticated");
                badTokens.forEach((kind, token) -> {
                    Answer answer = send(call, token);
                    assertThat(answer.status())
                            .as(operation + " with a token " + kind)
                            .isEqualTo(401);
                    assertThat(answer.body().path("type").asString()).endsWith("/invalid-token");
                    assertThat(answer.body().toString()).doesNotContain(TENANT);
                });
            });
        }
    }

    @Test
    void everyOperationRefusesWhomItsRulesDoNotAllow() {
        calls().forEach((operation, call) -> {
            Allowed allowed = allowed(operation);
            if (allowed == Allowed.ANYONE) {
                assertThat(send(call, staff.token()).status()).as(operation).isEqualTo(200);
                return;
            }
            assertThat(send(call, staff.token()).status())
                    .as(operation + " by the wrong role")
                    .isEqualTo(403);
            assertThat(send(call, otherTenantsAdmin).status())
                    .as(operation + " by another tenant's admin")
                    .isEqualTo(403);
            String withoutScope =
                    switch (allowed) {
                        case OPERATOR_OF_PROVINCE -> operatorWithoutScope;
                        case PLATFORM_ADMIN -> platformAdminWithoutScope;
                        default -> adminWithoutScope;
                    };
            Answer scopeMissing = send(call, withoutScope);
            assertThat(scopeMissing.status())
                    .as(operation + " without the scope")
                    .isEqualTo(403);
            assertThat(scopeMissing.body().path("type").asString()).endsWith("/forbidden");
            int otherOperator = send(call, otherProvincesOperator).status();
            assertThat(otherOperator)
                    .as(operation + " by another province's operator")
                    .isEqualTo(
                            allowed == Allowed.ADMIN_OR_OPERATOR_OF_TENANT || allowed == Allowed.AUDIT_OF_TENANT
                                    ? 404
                                    : 403);
            if (allowed == Allowed.ADMIN_OF_TENANT || allowed == Allowed.PLATFORM_ADMIN) {
                assertThat(send(call, operator).status())
                        .as(operation + " by the province's operator")
                        .isEqualTo(403);
            }
            if (allowed != Allowed.PLATFORM_ADMIN && allowed != Allowed.OPERATOR_OF_PROVINCE) {
                // No province, no tenant: the platform administrator reaches nothing of a center.
                assertThat(send(call, platformAdmin).status())
                        .as(operation + " by the platform administrator")
                        .isEqualTo(403);
            }
        });
    }

    @Test
    void everyOperationLetsWhomItsRulesAllowThrough() {
        calls().forEach((operation, call) -> {
            String token =
                    switch (allowed(operation)) {
                        case ANYONE, ADMIN_OR_OPERATOR_OF_TENANT, ADMIN_OF_TENANT, AUDIT_OF_TENANT -> admin.token();
                        case OPERATOR_OF_PROVINCE -> operator;
                        case PLATFORM_ADMIN -> platformAdmin;
                    };
            Answer answer = send(call, token);
            assertThat(answer.status())
                    .as(operation + " by whom it allows: " + answer.body())
                    .isNotIn(401, 403)
                    .isLessThan(500);
            assertThat(answer.body().path("type").asString()).doesNotEndWith("/tenant-not-found");
        });
        assertThat(send(calls().get("listAccounts"), operator).status()).isEqualTo(200);
        assertThat(send(calls().get("listTenantAuditEvents"), operator).status())
                .isEqualTo(200);
    }

    @Test
    void aTokenSignedByThisIssuerForAnotherIssuerIsRefused() {
        Map<String, Object> claims = new HashMap<>(tokens.claims(admin.token()));
        claims.put("iss", "https://somebody-else.example");

        assertThat(send(calls().get("listAccounts"), sign(claims, Instant.now().plusSeconds(120)))
                        .status())
                .isEqualTo(401);
        assertThat(send(
                                calls().get("listAccounts"),
                                sign(tokens.claims(admin.token()), Instant.now().plusSeconds(120)))
                        .status())
                .as("the same claims with the right issuer")
                .isEqualTo(200);
    }

    private String expiredButOurs(Map<String, Object> claims) {
        Map<String, Object> expired = new HashMap<>(claims);
        expired.put("iat", Instant.now().minusSeconds(3600));
        return sign(expired, Instant.now().minusSeconds(600));
    }

    /** A token signed with this service's current key, with the given claims and expiry. */
    private String sign(Map<String, Object> claims, Instant expiresAt) {
        JwtClaimsSet.Builder set = JwtClaimsSet.builder();
        claims.forEach((name, value) -> {
            switch (name) {
                case "exp", "iat", "nbf" -> {}
                default -> set.claim(name, value);
            }
        });
        Instant issuedAt = claims.get("iat") instanceof Instant at ? at : Instant.now();
        set.issuedAt(issuedAt).expiresAt(expiresAt);
        return encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(), set.build()))
                .getTokenValue();
    }

    private Answer send(Call call, @Nullable String token) {
        return people.call(call.method(), call.path(), token, call.body() ? Map.of() : null);
    }
}
