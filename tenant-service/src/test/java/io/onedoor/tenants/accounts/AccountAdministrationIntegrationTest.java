package io.onedoor.tenants.accounts;

import static io.onedoor.tenants.People.account;
import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.tenants.People;
import io.onedoor.tenants.People.Answer;
import io.onedoor.tenants.People.Person;
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

/** A center's accounts as its admin and the provincial operator manage them, each change audited. */
@TenantServiceTest
class AccountAdministrationIntegrationTest {

    private static final String TENANT = "hb-jiangan";
    private static final String DIVISION = "420102";
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
    void center() {
        if (jdbc.queryForObject("select count(*) from platform.tenant where code = ?", Integer.class, TENANT) == 0) {
            registry.withOrgTree(TENANT, DIVISION, PROVINCE);
        }
    }

    @Test
    void adminCreatesStaffWhoseLoginNamesTheCenter() {
        Answer created = post(admin(), account("liu.yang", List.of("STAFF"), TOWNSHIP));

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        JsonNode body = created.body();
        assertThat(body.path("login").asString()).isEqualTo("liu.yang@" + TENANT);
        assertThat(body.path("tenant").asString()).isEqualTo(TENANT);
        assertThat(body.path("province").asString()).isEqualTo(PROVINCE);
        assertThat(body.path("orgUnitCode").asString()).isEqualTo(TOWNSHIP);
        assertThat(body.path("locked").asBoolean()).isFalse();
        assertThat(body.has("password")).isFalse();
        assertThat(created.headers().getLocation())
                .hasToString(ACCOUNTS + "/" + body.path("id").asString());
        String hash = jdbc.queryForObject(
                "select password_hash from platform.account where login = ?", String.class, "liu.yang@" + TENANT);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(People.PASSWORD);
        assertThat(tokens.login("liu.yang@" + TENANT, People.PASSWORD).refusedAtForm())
                .isFalse();
    }

    @Test
    void operatorCreatesOnlyTheCentersAdmins() {
        String operator = tokens.operator(PROVINCE);

        Answer staff = post(operator, account("ma.chao", List.of("STAFF"), TOWNSHIP));
        Answer admin = post(operator, account("deputy.admin", List.of("TENANT_ADMIN"), null));

        assertThat(staff.status()).isEqualTo(403);
        assertThat(fields(staff)).containsExactly("roles");
        assertThat(admin.status()).isEqualTo(201);
    }

    @Test
    void everyBrokenRuleIsNamed() {
        Answer shortPassword = post(admin(), with(account("he.jun", List.of("STAFF"), TOWNSHIP), "password", "short"));
        Answer noUnit = post(admin(), account("he.jun", List.of("SUPERVISOR"), null));
        Answer unknownUnit = post(admin(), account("he.jun", List.of("STAFF"), "999999999"));
        Answer both = post(admin(), with(account("he.jun", List.of("STAFF"), null), "password", "short"));

        assertThat(shortPassword.status()).isEqualTo(422);
        assertThat(fields(shortPassword)).containsExactly("password");
        assertThat(shortPassword.body().toString()).doesNotContain("\"short\"");
        assertThat(fields(noUnit)).containsExactly("orgUnitCode");
        assertThat(fields(unknownUnit)).containsExactly("orgUnitCode");
        assertThat(fields(both)).containsExactlyInAnyOrder("password", "orgUnitCode");
    }

    @Test
    void malformedRequestsAreBadRequestsNamingTheField() {
        Answer badName = post(admin(), with(account("x", List.of("STAFF"), TOWNSHIP), "username", "Has Spaces"));
        Answer operatorRole = post(admin(), account("op.erator", List.of("OPERATOR"), null));
        Answer unknownField = post(admin(), with(account("he.ping", List.of("AUDITOR"), null), "isAdmin", true));

        assertThat(badName.status()).isEqualTo(400);
        assertThat(fields(badName)).contains("username");
        assertThat(operatorRole.status()).isEqualTo(400);
        assertThat(fields(operatorRole)).allMatch(field -> field.startsWith("roles"));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(fields(unknownField)).containsExactly("isAdmin");
    }

    @Test
    void aHoleInTheRolesOrAStrayCharacterInTheOrgUnitIsABadRequestNamingItAndCreatesNothing() {
        List<Object> withHole = new ArrayList<>();
        withHole.add("STAFF");
        withHole.add(null);
        Answer hole = post(admin(), with(account("wu.song", List.of("STAFF"), TOWNSHIP), "roles", withHole));
        Answer nul = post(admin(), account("wu.song", List.of("STAFF"), TOWNSHIP + "\u0000"));
        Answer emoji = post(admin(), account("wu.song", List.of("STAFF"), TOWNSHIP + "\uD83C\uDFE0"));
        Answer rtl = post(admin(), account("wu.song", List.of("STAFF"), "\u202E" + TOWNSHIP));

        assertThat(hole.status()).as(hole.body().toString()).isEqualTo(400);
        assertThat(fields(hole)).containsExactly("roles[1]");
        for (Answer stray : List.of(nul, emoji, rtl)) {
            assertThat(stray.status()).as(stray.body().toString()).isEqualTo(400);
            assertThat(fields(stray)).containsExactly("orgUnitCode");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.account where login = ?", Integer.class, "wu.song@" + TENANT))
                .isZero();
    }

    @Test
    void aTakenLoginIsAConflict() {
        assertThat(post(admin(), account("gao.ming", List.of("AUDITOR"), null)).status())
                .isEqualTo(201);

        Answer again = post(admin(), account("gao.ming", List.of("AUDITOR"), null));

        assertThat(again.status()).isEqualTo(409);
        assertThat(fields(again)).containsExactly("username");
    }

    @Test
    void roleChangesAreAuditedWithBeforeAndAfter() {
        String id = post(admin(), account("lin.tao", List.of("STAFF"), TOWNSHIP))
                .body()
                .path("id")
                .asString();
        Answer read = people.call("GET", ACCOUNTS + "/" + id, admin(), null);

        Answer changed = people.call(
                "PUT",
                ACCOUNTS + "/" + id + "/roles",
                admin(),
                Map.of("roles", List.of("STAFF", "SUPERVISOR")),
                read.headers().getETag());

        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        assertThat(changed.body().path("roles").toString()).isEqualTo("[\"STAFF\",\"SUPERVISOR\"]");
        JsonNode event = latestEvent("account.roles-changed", id);
        assertThat(event.path("before").path("roles").toString()).isEqualTo("[\"STAFF\"]");
        assertThat(event.path("after").path("roles").toString()).isEqualTo("[\"STAFF\",\"SUPERVISOR\"]");
        assertThat(event.path("actor").path("subject").asString())
                .isEqualTo(people.admin(TENANT).id());
        assertThat(event.path("actor").path("roles").toString()).isEqualTo("[\"TENANT_ADMIN\"]");
        assertThat(event.path("tenant").asString()).isEqualTo(TENANT);
        assertThat(event.path("province").asString()).isEqualTo(PROVINCE);
        assertThat(event.path("from").asString()).isNotBlank();
        assertThat(tokens.claims(
                        tokens.login("lin.tao@" + TENANT, People.PASSWORD).accessToken()))
                .containsEntry("roles", List.of("STAFF", "SUPERVISOR"));

        Answer stale = people.call(
                "PUT",
                ACCOUNTS + "/" + id + "/roles",
                admin(),
                Map.of("roles", List.of("AUDITOR")),
                read.headers().getETag());
        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void lockAndUnlockAreAuditedAndNeitherPasswordNorHashIsEverLogged() {
        String id = post(admin(), account("xu.bin", List.of("STAFF"), TOWNSHIP))
                .body()
                .path("id")
                .asString();

        assertThat(people.call("PUT", ACCOUNTS + "/" + id + "/lock", admin(), null)
                        .body()
                        .path("locked")
                        .asBoolean())
                .isTrue();
        assertThat(people.call("PUT", ACCOUNTS + "/" + id + "/lock", admin(), null)
                        .status())
                .as("locking again")
                .isEqualTo(200);
        assertThat(people.call("DELETE", ACCOUNTS + "/" + id + "/lock", admin(), null)
                        .body()
                        .path("locked")
                        .asBoolean())
                .isFalse();
        assertThat(people.call(
                                "PUT",
                                ACCOUNTS + "/" + id + "/password",
                                admin(),
                                Map.of("password", "a brand new passphrase"))
                        .status())
                .isEqualTo(204);

        List<String> actions = new ArrayList<>();
        events(id).forEach(event -> actions.add(event.path("action").asString()));
        assertThat(actions)
                .containsExactly("account.password-set", "account.unlocked", "account.locked", "account.created");
        String everything = jdbc.queryForObject(
                "select string_agg(coalesce(before_state::text, '') || after_state::text, ' ') from platform.audit_event",
                String.class);
        assertThat(everything)
                .doesNotContain(People.PASSWORD)
                .doesNotContain("a brand new passphrase")
                .doesNotContain("{bcrypt}")
                .doesNotContain("$2a$");
        assertThat(tokens.login("xu.bin@" + TENANT, "a brand new passphrase").refusedAtForm())
                .isFalse();
    }

    @Test
    void anAdminCannotTakeTheirOwnAdministrationAway() {
        Person admin = people.admin(TENANT);

        Answer demoted = people.call(
                "PUT", ACCOUNTS + "/" + admin.id() + "/roles", admin.token(), Map.of("roles", List.of("STAFF")));
        Answer locked = people.call("PUT", ACCOUNTS + "/" + admin.id() + "/lock", admin.token(), null);

        assertThat(demoted.status()).isEqualTo(422);
        assertThat(fields(demoted)).containsExactly("orgUnitCode", "roles");
        assertThat(locked.status()).isEqualTo(422);
    }

    @Test
    void anOperatorManagesOnlyTheCentersAdmins() {
        String operator = tokens.operator(PROVINCE);
        String staff = post(admin(), account("tang.wei", List.of("STAFF"), TOWNSHIP))
                .body()
                .path("id")
                .asString();
        String deputy = post(operator, account("second.admin", List.of("TENANT_ADMIN"), null))
                .body()
                .path("id")
                .asString();

        assertThat(people.call("PUT", ACCOUNTS + "/" + staff + "/lock", operator, null)
                        .status())
                .isEqualTo(403);
        assertThat(people.call("PUT", ACCOUNTS + "/" + deputy + "/lock", operator, null)
                        .status())
                .isEqualTo(200);
        assertThat(latestEvent("account.locked", deputy)
                        .path("actor")
                        .path("clientId")
                        .asString())
                .isEqualTo(Tokens.operatorClientId(PROVINCE));
    }

    @Test
    void listingPagesThroughTheCentersAccountsOnly() {
        for (String name : List.of("page.a", "page.b", "page.c")) {
            post(admin(), account(name, List.of("AUDITOR"), null));
        }
        List<String> logins = new ArrayList<>();
        String cursor = null;
        do {
            Answer page = people.call(
                    "GET", ACCOUNTS + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), admin(), null);
            assertThat(page.status()).isEqualTo(200);
            page.body()
                    .path("items")
                    .forEach(item -> logins.add(item.path("login").asString()));
            cursor = page.body().path("nextCursor").isMissingNode()
                    ? null
                    : page.body().path("nextCursor").asString();
        } while (cursor != null);

        assertThat(logins).isSorted().allMatch(login -> login.endsWith("@" + TENANT));
        assertThat(logins).contains("page.a@" + TENANT, "page.b@" + TENANT, "page.c@" + TENANT);
    }

    private String admin() {
        return people.admin(TENANT).token();
    }

    private Answer post(String token, Map<String, Object> body) {
        return people.call("POST", ACCOUNTS, token, body);
    }

    private JsonNode latestEvent(String action, String target) {
        for (JsonNode event : events(target)) {
            if (event.path("action").asString().equals(action)) {
                return event;
            }
        }
        throw new AssertionError("no " + action + " event for " + target);
    }

    /** The audit events of the center about one account, newest first, as the auditor reads them. */
    private List<JsonNode> events(String target) {
        Answer page = people.call("GET", "/api/v1/tenants/" + TENANT + "/audit-events?limit=200", admin(), null);
        assertThat(page.status()).isEqualTo(200);
        List<JsonNode> events = new ArrayList<>();
        page.body().path("items").forEach(event -> {
            if (event.path("target").asString().equals(target)) {
                events.add(event);
            }
        });
        return events;
    }

    private static List<String> fields(Answer answer) {
        List<String> fields = new ArrayList<>();
        answer.body()
                .path("errors")
                .forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
