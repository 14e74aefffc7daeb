package io.onedoor.tenants.servicecredentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onedoor.tenants.IdentityProperties;
import io.onedoor.tenants.InJvmCaseService;
import io.onedoor.tenants.Onboardings;
import io.onedoor.tenants.OperatorApi;
import io.onedoor.tenants.People;
import io.onedoor.tenants.People.Answer;
import io.onedoor.tenants.TenantServiceTest;
import io.onedoor.tenants.Tokens;
import io.onedoor.tenants.Tokens.TokenAnswer;
import io.onedoor.tenants.audit.AuditLog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The internal API tenant-service serves (directory lookup, configuration snapshot, key rotation)
 * opens to the service token of the service each operation names, and to nothing else: no token or
 * a broken one is a 401 problem, any other valid token a 403 problem. Service tokens come from this
 * authorization server by the client-credentials grant, with the service audience, which no other
 * token carries, and open nothing under /api/.
 */
@TenantServiceTest
class InternalAccessIntegrationTest {

    private static final String PROVINCE = "150000";
    private static final String CITY = "nm-chifeng";
    private static final String TENANT = "nm-linxi";

    @Autowired
    OperatorApi operator;

    @Autowired
    InJvmCaseService caseService;

    @Autowired
    People people;

    @Autowired
    Tokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ServiceClients serviceClients;

    @Autowired
    IdentityProperties identity;

    @Autowired
    RegisteredClientRepository registered;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    AuditLog audit;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void county() {
        caseService.start();
        if (jdbc.queryForObject("select count(*) from platform.tenant where code = ?", Integer.class, TENANT) == 0) {
            assertThat(operator.onboard(Onboardings.city(CITY, "150400", PROVINCE))
                            .status())
                    .isEqualTo(201);
            assertThat(operator.onboard(Onboardings.county(TENANT, "150424", CITY, PROVINCE))
                            .status())
                    .isEqualTo(201);
        }
    }

    /** Each internal operation tenant-service serves, and the one service it opens to. */
    record Operation(String id, String method, String path, String service) {}

    static final List<Operation> OPERATIONS = List.of(
            new Operation("lookUpTenant", "GET", "/internal/v1/tenant-directory/" + TENANT, "gateway"),
            new Operation(
                    "getConfigurationSnapshot", "GET", "/internal/v1/tenant-configurations/" + TENANT, "case-service"),
            new Operation("rotateSigningKey", "POST", "/internal/v1/signing-keys/rotation", "operations"));

    @Test
    void refusesInternalCallsWithoutAValidToken() {
        for (Operation operation : OPERATIONS) {
            Answer none = people.call(operation.method(), operation.path(), null, null);
            assertThat(none.status()).as(operation.id() + " without a token").isEqualTo(401);
            assertThat(none.body().path("type").asString()).endsWith("/unauthenticated");
            assertThat(none.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");

            Answer garbage = people.call(operation.method(), operation.path(), "garbage.not.a-token", null);
            assertThat(garbage.status())
                    .as(operation.id() + " with a garbage token")
                    .isEqualTo(401);
            assertThat(garbage.body().path("type").asString()).endsWith("/invalid-token");
        }
    }

    @Test
    void refusesInternalCallsWithAValidTokenOfAnyoneButTheNamedService() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("operator", tokens.operator(PROVINCE));
        callers.put("admin", people.admin(TENANT).token());
        callers.put(
                "staff",
                people.person(TENANT, "internal-staff", List.of("STAFF"), "150424")
                        .token());
        callers.put("integrator", integratorToken());
        for (Operation operation : OPERATIONS) {
            Map<String, String> refused = new LinkedHashMap<>(callers);
            ServiceCredentialsProperties.CLIENTS.stream()
                    .filter(service -> !service.equals(operation.service()))
                    .forEach(service -> refused.put(service + "'s service token", tokens.service(service)));
            refused.forEach((who, token) -> {
                Answer answer = people.call(operation.method(), operation.path(), token, null);
                assertThat(answer.status()).as(operation.id() + " as " + who).isEqualTo(403);
                assertThat(answer.body().path("type").asString()).endsWith("/forbidden");
            });
        }
    }

    @Test
    void servesEachInternalOperationToTheServiceItNames() {
        for (Operation operation : OPERATIONS) {
            Answer answer =
                    people.call(operation.method(), operation.path(), tokens.service(operation.service()), null);
            assertThat(answer.status()).as(operation.id()).isEqualTo(200);
        }
    }

    @Test
    void serviceTokensCarryTheServiceAudienceAndNoOtherTokenDoes() {
        Map<String, Object> service = tokens.claims(tokens.service("case-service"));
        assertThat(service)
                .containsEntry("sub", "case-service")
                .containsEntry("client_id", "case-service")
                .containsEntry("roles", List.of("SERVICE"))
                .containsEntry("scope", "internal")
                .doesNotContainKeys("tenant", "province", "org_unit");
        assertThat(String.valueOf(service.get("aud"))).isIn("service", "[service]");

        for (String token :
                List.of(tokens.operator(PROVINCE), people.admin(TENANT).token(), integratorToken())) {
            assertThat(tokens.claims(token).get("aud")).asString().doesNotContain("service");
        }
    }

    @Test
    void aServiceTokenOpensNothingUnderTheApi() {
        String gateway = tokens.service("gateway");
        for (String path : List.of("/api/v1/identity/me", "/api/v1/tenants", "/api/v1/tenants/" + TENANT)) {
            Answer answer = people.call("GET", path, gateway, null);
            assertThat(answer.status()).as(path).isEqualTo(403);
        }
    }

    @Test
    void aServiceClientGetsNoOtherScopeAndAWrongSecretNoToken() {
        TokenAnswer wrongSecret = tokens.clientCredentials("case-service", "not-the-case-service-secret");
        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(wrongSecret.error()).isEqualTo("invalid_client");

        TokenAnswer moreScopes = tokens.clientCredentials(
                "case-service", TenantServiceTest.CASE_SERVICE_SECRET, "internal", "tenants:read");
        assertThat(moreScopes.status()).isEqualTo(400);
        assertThat(moreScopes.error()).isEqualTo("invalid_scope");
    }

    @Test
    void serviceClientsAreRegisteredHashedAndAudited() {
        assertThat(jdbc.queryForList(
                        "select client_secret from platform.oauth2_registered_client where client_id in"
                                + " ('case-service', 'gateway', 'operations')",
                        String.class))
                .hasSize(3)
                .allSatisfy(stored -> assertThat(stored)
                        .startsWith("{")
                        .doesNotContain(TenantServiceTest.CASE_SERVICE_SECRET)
                        .doesNotContain(TenantServiceTest.GATEWAY_SECRET));
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.audit_event where action = 'service-client.registered'"
                                + " and target = 'gateway'",
                        Integer.class))
                .isPositive();
    }

    @Test
    void aServiceClientWhoseSecretIsRemovedIsDisabledAndComesBackWithItsSecret() {
        var withoutOperations = new ServiceClients(
                new ServiceCredentialsProperties(Map.of(
                        "case-service", TenantServiceTest.CASE_SERVICE_SECRET,
                        "gateway", TenantServiceTest.GATEWAY_SECRET)),
                identity,
                registered,
                passwords,
                audit,
                jdbc,
                transactions);
        try {
            withoutOperations.afterSingletonsInstantiated();

            TokenAnswer refused = tokens.clientCredentials("operations", TenantServiceTest.OPERATIONS_SECRET);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.error()).isEqualTo("invalid_client");
            assertThat(jdbc.queryForObject(
                            "select count(*) from platform.audit_event where action = 'service-client.disabled'"
                                    + " and target = 'operations'",
                            Integer.class))
                    .isPositive();
        } finally {
            serviceClients.afterSingletonsInstantiated();
        }
        assertThat(tokens.clientCredentials("operations", TenantServiceTest.OPERATIONS_SECRET)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aServiceSecretNamingAnUnknownServiceOrTooShortStopsStartup() {
        assertThatThrownBy(() -> new ServiceCredentialsProperties(Map.of("tenant-service", "a-long-enough-secret")))
                .hasMessageContaining("unknown services [tenant-service]");
        assertThatThrownBy(() -> new ServiceCredentialsProperties(Map.of("gateway", "short")))
                .hasMessageContaining("at least 16 characters");
    }

    private String integratorToken() {
        Answer issued = people.call(
                "POST",
                "/api/v1/tenants/" + TENANT + "/clients",
                people.admin(TENANT).token(),
                Map.of("name", "hotline " + System.nanoTime(), "scopes", List.of("cases:read", "cases:write")));
        assertThat(issued.status()).isEqualTo(201);
        return tokens.clientCredentials(
                        issued.body().path("clientId").asString(),
                        issued.body().path("clientSecret").asString())
                .accessToken();
    }
}
