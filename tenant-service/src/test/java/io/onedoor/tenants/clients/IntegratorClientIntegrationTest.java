package io.onedoor.tenants.clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.tenants.IdentityProperties.BootstrapClient;
import io.onedoor.tenants.People;
import io.onedoor.tenants.People.Answer;
import io.onedoor.tenants.Registry;
import io.onedoor.tenants.TenantServiceTest;
import io.onedoor.tenants.Tokens;
import io.onedoor.tenants.Tokens.TokenAnswer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Integrator clients: issued by a center's admin or a province's operator, rotated, revoked. */
@TenantServiceTest
class IntegratorClientIntegrationTest {

    private static final String TENANT = "hn-furong";
    private static final String DIVISION = "430102";
    private static final String PROVINCE = "430000";
    private static final String CLIENTS = "/api/v1/tenants/" + TENANT + "/clients";

    @Autowired
    Registry registry;

    @Autowired
    People people;

    @Autowired
    Tokens tokens;

    @Autowired
    BootstrapClients bootstrap;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void center() {
        if (jdbc.queryForObject("select count(*) from platform.tenant where code = ?", Integer.class, TENANT) == 0) {
            registry.withOrgTree(TENANT, DIVISION, PROVINCE);
        }
    }

    @Test
    void aTenantClientGetsTokensCarryingItsTenantAndGrantedScopes() {
        Answer issued = create("12345 hotline", List.of("cases:write", "cases:read"));
        assertThat(issued.status()).as(issued.body().toString()).isEqualTo(201);
        String clientId = issued.body().path("clientId").asString();
        String secret = issued.body().path("clientSecret").asString();
        assertThat(clientId).startsWith(TENANT + "-");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);

        String token = tokens.clientCredentials(clientId, secret).accessToken();

        Map<String, Object> claims = tokens.claims(token);
        assertThat(claims)
                .containsEntry("sub", clientId)
                .containsEntry("client_id", clientId)
                .containsEntry("tenant", TENANT)
                .containsEntry("province", PROVINCE)
                .containsEntry("roles", List.of("INTEGRATOR"))
                .containsEntry("scope", "cases:read cases:write")
                .doesNotContainKey("org_unit");
        assertThat(tokens.claims(
                        tokens.clientCredentials(clientId, secret, "cases:read").accessToken()))
                .containsEntry("scope", "cases:read");
        TokenAnswer beyond = tokens.clientCredentials(clientId, secret, "kpi:read");
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(beyond.error()).isEqualTo("invalid_scope");
    }

    @Test
    void scopesBeyondWhatATenantClientMayHoldAreRefusedNamingThem() {
        Answer refused = create("too much", List.of("cases:read", "accounts:write"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("errors").get(0).path("field").asString())
                .isEqualTo("scopes");
    }

    @Test
    void aHoleInTheScopesIsABadRequestNamingItForTenantAndProvinceClients() {
        List<Object> withHole = new ArrayList<>();
        withHole.add("cases:read");
        withHole.add(null);
        Answer tenantClient =
                people.call("POST", CLIENTS, admin(), Map.of("name", "hole in scopes", "scopes", withHole));
        Answer provinceClient = people.call(
                "POST",
                "/api/v1/provinces/" + PROVINCE + "/clients",
                tokens.operator(PROVINCE),
                Map.of("name", "hole in scopes", "scopes", withHole));

        for (Answer refused : List.of(tenantClient, provinceClient)) {
            assertThat(refused.status()).as(refused.body().toString()).isEqualTo(400);
            assertThat(refused.body().path("errors").get(0).path("field").asString())
                    .isEqualTo("scopes[1]");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.integrator_client where name = ?",
                        Integer.class,
                        "hole in scopes"))
                .isZero();
    }

    @Test
    void theSecretIsShownOnceStoredHashedAndNeverAudited() {
        Answer issued = create("court system", List.of("cases:read"));
        String clientId = issued.body().path("clientId").asString();
        String secret = issued.body().path("clientSecret").asString();

        Answer listed = people.call("GET", CLIENTS, admin(), null);
        Answer audit = people.call("GET", "/api/v1/tenants/" + TENANT + "/audit-events?limit=200", admin(), null);

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().toString()).contains(clientId).doesNotContain(secret);
        assertThat(listed.body().toString()).doesNotContain("clientSecret");
        assertThat(audit.body().toString()).contains("client.created").doesNotContain(secret);
        String stored = jdbc.queryForObject(
                "select client_secret from platform.oauth2_registered_client where client_id = ?",
                String.class,
                clientId);
        assertThat(stored).startsWith("{bcrypt}").doesNotContain(secret);
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.audit_event where after_state::text like ? or before_state::text like ?",
                        Integer.class,
                        "%" + secret + "%",
                        "%" + secret + "%"))
                .isZero();
    }

    @Test
    void aRotatedSecretReplacesTheOldOneAtOnce() {
        Answer issued = create("grid app", List.of("cases:write"));
        String clientId = issued.body().path("clientId").asString();
        String old = issued.body().path("clientSecret").asString();

        Answer rotated = people.call("POST", CLIENTS + "/" + clientId + "/secret", admin(), null);

        assertThat(rotated.status()).isEqualTo(200);
        String fresh = rotated.body().path("clientSecret").asString();
        assertThat(fresh).isNotEqualTo(old);
        TokenAnswer withOld = tokens.clientCredentials(clientId, old);
        assertThat(withOld.status()).isEqualTo(401);
        assertThat(withOld.error()).isEqualTo("invalid_client");
        assertThat(tokens.clientCredentials(clientId, fresh).status()).isEqualTo(200);
        assertThat(people.call("GET", CLIENTS, admin(), null).body().toString()).doesNotContain(fresh);
    }

    @Test
    void aRevokedClientCanNoLongerGetTokens() {
        Answer issued = create("petition bureau", List.of("cases:read"));
        String clientId = issued.body().path("clientId").asString();
        String secret = issued.body().path("clientSecret").asString();
        assertThat(tokens.clientCredentials(clientId, secret).status()).isEqualTo(200);

        Answer revoked = people.call("DELETE", CLIENTS + "/" + clientId, admin(), null);

        assertThat(revoked.status()).isEqualTo(204);
        assertThat(tokens.clientCredentials(clientId, secret).error()).isEqualTo("invalid_client");
        assertThat(people.call("GET", CLIENTS, admin(), null).body().toString()).doesNotContain(clientId);
        assertThat(people.call("DELETE", CLIENTS + "/" + clientId, admin(), null)
                        .status())
                .isEqualTo(404);
        assertThat(people.call("POST", CLIENTS + "/" + clientId + "/secret", admin(), null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anOperatorIssuesProvincialClientsWithoutATenant() {
        String operator = tokens.operator(PROVINCE);
        Answer issued = people.call(
                "POST",
                "/api/v1/provinces/" + PROVINCE + "/clients",
                operator,
                Map.of("name", "provincial dashboard", "scopes", List.of("tenants:read", "kpi:read")));
        Answer refused = people.call(
                "POST",
                "/api/v1/provinces/" + PROVINCE + "/clients",
                operator,
                Map.of("name", "too much", "scopes", List.of("cases:read")));

        assertThat(issued.status()).isEqualTo(201);
        assertThat(refused.status()).isEqualTo(422);
        String clientId = issued.body().path("clientId").asString();
        Map<String, Object> claims = tokens.claims(tokens.clientCredentials(
                        clientId, issued.body().path("clientSecret").asString())
                .accessToken());
        assertThat(claims)
                .containsEntry("province", PROVINCE)
                .containsEntry("roles", List.of("INTEGRATOR"))
                .containsEntry("scope", "kpi:read tenants:read")
                .doesNotContainKey("tenant");
        assertThat(people.call("GET", "/api/v1/provinces/" + PROVINCE + "/clients", operator, null)
                        .body()
                        .toString())
                .contains(clientId);
        assertThat(people.call(
                                "GET",
                                "/api/v1/tenants?limit=5",
                                tokens.clientCredentials(
                                                clientId,
                                                issued.body()
                                                        .path("clientSecret")
                                                        .asString())
                                        .accessToken(),
                                null)
                        .status())
                .as("a provincial integrator reads its province's registry")
                .isEqualTo(200);
    }

    @Test
    void bootstrappingTheSameClientAgainChangesNothing() {
        BootstrapClient client = new BootstrapClient(
                "bench-operator",
                "bench-secret-long-enough",
                List.of("OPERATOR"),
                PROVINCE,
                null,
                List.of("tenants:read", "tenants:write"),
                Duration.ofMinutes(30));

        boolean first = bootstrap.apply(client);
        String row = registeredRow("bench-operator");
        int events = bootstrapEvents();
        boolean second = bootstrap.apply(client);

        assertThat(second).isFalse();
        assertThat(registeredRow("bench-operator")).isEqualTo(row);
        assertThat(bootstrapEvents()).isEqualTo(events);
        String token = tokens.clientCredentials("bench-operator", "bench-secret-long-enough")
                .accessToken();
        Map<String, Object> claims = tokens.claims(token);
        assertThat(claims).containsEntry("roles", List.of("OPERATOR")).containsEntry("province", PROVINCE);
        long lifetime = ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
        assertThat(lifetime).isEqualTo(Duration.ofMinutes(30).toSeconds());
        assertThat(first || events > 0).isTrue();

        assertThat(bootstrap.apply(new BootstrapClient(
                        "bench-operator",
                        "a-new-bench-secret-now",
                        List.of("OPERATOR"),
                        PROVINCE,
                        null,
                        List.of("tenants:read", "tenants:write"),
                        Duration.ofMinutes(30))))
                .isTrue();
        assertThat(tokens.clientCredentials("bench-operator", "bench-secret-long-enough")
                        .status())
                .isEqualTo(401);
        assertThat(tokens.clientCredentials("bench-operator", "a-new-bench-secret-now")
                        .status())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.oauth2_registered_client where client_id = 'bench-operator'",
                        Integer.class))
                .isEqualTo(1);
    }

    private Answer create(String name, List<String> scopes) {
        return people.call("POST", CLIENTS, admin(), Map.of("name", name, "scopes", scopes));
    }

    private String admin() {
        return people.admin(TENANT).token();
    }

    private String registeredRow(String clientId) {
        return jdbc.queryForObject(
                "select id || client_secret || scopes || client_settings || token_settings"
                        + " from platform.oauth2_registered_client where client_id = ?",
                String.class,
                clientId);
    }

    private int bootstrapEvents() {
        return jdbc.queryForObject(
                "select count(*) from platform.audit_event where target = 'bench-operator'", Integer.class);
    }
}
