package io.onedoor.tenants.accounts;

import static io.onedoor.tenants.People.account;
import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.tenants.People;
import io.onedoor.tenants.People.Answer;
import io.onedoor.tenants.Registry;
import io.onedoor.tenants.TenantServiceTest;
import io.onedoor.tenants.Tokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The department a center's person works for: one the center's current configuration has
 * stationed, set and removed by its admin, audited, and carried by the person's tokens (and no
 * integrator's) as the {@code department} claim.
 */
@TenantServiceTest
class AccountDepartmentIntegrationTest {

    private static final String TENANT = "hb-hanyang";
    private static final String DIVISION = "420105";
    private static final String PROVINCE = "420000";
    private static final String TOWNSHIP = DIVISION + "001";
    private static final String ACCOUNTS = "/api/v1/tenants/" + TENANT + "/accounts";

    @Autowired
    Registry registry;

    @Autowired
    People people;

    @Autowired
    Tokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void centerWithStationedDepartments() {
        if (jdbc.queryForObject("select count(*) from platform.tenant where code = ?", Integer.class, TENANT) == 0) {
            registry.withOrgTree(TENANT, DIVISION, PROVINCE);
            // Fire was stationed once and no longer is: only the current version counts.
            saveVersion(2, departments("police", "labor", "fire"));
            saveVersion(3, departments("police", "labor"));
        }
    }

    @Test
    void staffOfAStationedDepartmentGetTokensNamingIt() {
        Answer created = post(withDepartment(account("dept.staff", List.of("STAFF"), TOWNSHIP), "police"));

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.body().path("departmentCode").asString()).isEqualTo("police");
        Map<String, Object> claims = tokens.claims(
                tokens.login("dept.staff@" + TENANT, People.PASSWORD).accessToken());
        assertThat(claims)
                .containsEntry("department", "police")
                .containsEntry("org_unit", TOWNSHIP)
                .containsEntry("tenant", TENANT)
                // The login, which a step's timeline shows as who took it.
                .containsEntry("preferred_username", "dept.staff@" + TENANT);
        String token = tokens.login("dept.staff@" + TENANT, People.PASSWORD).accessToken();
        assertThat(people.call("GET", "/api/v1/identity/me", token, null)
                        .body()
                        .path("department")
                        .asString())
                .isEqualTo("police");
        JsonNode event =
                latestEvent("account.created", created.body().path("id").asString());
        assertThat(event.path("after").path("departmentCode").asString()).isEqualTo("police");
    }

    @Test
    void aDepartmentTheCenterHasNotStationedIsRefusedNamingTheField() {
        Answer unknown = post(withDepartment(account("dept.unknown", List.of("STAFF"), TOWNSHIP), "customs"));
        Answer withdrawn = post(withDepartment(account("dept.withdrawn", List.of("STAFF"), TOWNSHIP), "fire"));
        Answer malformed = post(withDepartment(account("dept.malformed", List.of("STAFF"), TOWNSHIP), "po lice!"));

        for (Answer refused : List.of(unknown, withdrawn)) {
            assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
            assertThat(fields(refused)).containsExactly("departmentCode");
        }
        assertThat(malformed.status()).as(malformed.body().toString()).isEqualTo(400);
        assertThat(fields(malformed)).containsExactly("departmentCode");
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.account where login in (?, ?, ?)",
                        Integer.class,
                        "dept.unknown@" + TENANT,
                        "dept.withdrawn@" + TENANT,
                        "dept.malformed@" + TENANT))
                .as("nothing refused was created")
                .isZero();
    }

    @Test
    void theAdminMovesAPersonToAnotherDepartmentAndTakesItAwayAuditedEachTime() {
        Answer created = post(account("mover", List.of("STAFF"), TOWNSHIP));
        String id = created.body().path("id").asString();
        assertThat(created.body().has("departmentCode")).isFalse();
        assertThat(claimsOf("mover")).doesNotContainKey("department");

        Answer named =
                change(id, Map.of("departmentCode", "labor"), created.headers().getETag());

        assertThat(named.status()).as(named.body().toString()).isEqualTo(200);
        assertThat(named.body().path("departmentCode").asString()).isEqualTo("labor");
        assertThat(claimsOf("mover")).containsEntry("department", "labor");
        JsonNode event = latestEvent("account.department-changed", id);
        assertThat(event.path("before").has("departmentCode")).isFalse();
        assertThat(event.path("after").path("departmentCode").asString()).isEqualTo("labor");

        Answer stale =
                change(id, Map.of("departmentCode", "police"), created.headers().getETag());
        assertThat(stale.status()).isEqualTo(412);

        Answer moved =
                change(id, Map.of("departmentCode", "police"), named.headers().getETag());
        assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
        assertThat(claimsOf("mover")).containsEntry("department", "police");

        Answer unknown =
                change(id, Map.of("departmentCode", "fire"), moved.headers().getETag());
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(fields(unknown)).containsExactly("departmentCode");

        Answer removed = change(id, Map.of(), moved.headers().getETag());
        assertThat(removed.status()).as(removed.body().toString()).isEqualTo(200);
        assertThat(removed.body().has("departmentCode")).isFalse();
        assertThat(claimsOf("mover")).doesNotContainKey("department");
        JsonNode removal = latestEvent("account.department-changed", id);
        assertThat(removal.path("before").path("departmentCode").asString()).isEqualTo("police");
        assertThat(removal.path("after").has("departmentCode")).isFalse();
    }

    @Test
    void anIntegratorsTokenNeverNamesADepartment() {
        post(withDepartment(account("dept.neighbour", List.of("STAFF"), TOWNSHIP), "police"));
        Answer client = people.call(
                "POST",
                "/api/v1/tenants/" + TENANT + "/clients",
                admin(),
                Map.of("name", "hotline of the department", "scopes", List.of("cases:read")));
        assertThat(client.status()).as(client.body().toString()).isEqualTo(201);

        Map<String, Object> claims = tokens.claims(tokens.clientCredentials(
                        client.body().path("clientId").asString(),
                        client.body().path("clientSecret").asString())
                .accessToken());

        assertThat(claims).containsEntry("tenant", TENANT).doesNotContainKey("department");
    }

    private Map<String, Object> claimsOf(String username) {
        return tokens.claims(
                tokens.login(username + "@" + TENANT, People.PASSWORD).accessToken());
    }

    private Answer change(String id, Map<String, Object> body, String etag) {
        return people.call("PUT", ACCOUNTS + "/" + id + "/department", admin(), body, etag);
    }

    private void saveVersion(long version, String departments) {
        String current = jdbc.queryForObject(
                "select document::text from " + schema() + ".config_version order by version desc limit 1",
                String.class);
        jdbc.update(
                "insert into " + schema() + ".config_version (version, document, saved_by, summary)"
                        + " values (?, ?::jsonb || jsonb_build_object('departments', ?::jsonb), 'test', 'departments')",
                version,
                current,
                departments);
    }

    private static String departments(String... codes) {
        List<String> items = new ArrayList<>();
        for (String code : codes) {
            items.add("{\"code\": \"" + code + "\", \"mode\": \"" + ("labor".equals(code) ? "ON_CALL" : "RESIDENT")
                    + "\"}");
        }
        return "[" + String.join(", ", items) + "]";
    }

    private static String schema() {
        return new TenantCode(TENANT).quotedSchemaName();
    }

    private String admin() {
        return people.admin(TENANT).token();
    }

    private Answer post(Map<String, Object> body) {
        return people.call("POST", ACCOUNTS, admin(), body);
    }

    private JsonNode latestEvent(String action, String target) {
        Answer page = people.call("GET", "/api/v1/tenants/" + TENANT + "/audit-events?limit=200", admin(), null);
        assertThat(page.status()).isEqualTo(200);
        for (JsonNode event : page.body().path("items")) {
            if (event.path("target").asString().equals(target)
                    && event.path("action").asString().equals(action)) {
                return event;
            }
        }
        throw new AssertionError("no " + action + " event for " + target);
    }

    private static Map<String, Object> withDepartment(Map<String, Object> body, String code) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put("departmentCode", code);
        return changed;
    }

    private static List<String> fields(Answer answer) {
        List<String> fields = new ArrayList<>();
        answer.body()
                .path("errors")
                .forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }
}
