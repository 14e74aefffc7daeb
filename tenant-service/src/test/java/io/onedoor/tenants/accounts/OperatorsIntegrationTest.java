package io.onedoor.tenants.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.tenants.InJvmCaseService;
import io.onedoor.tenants.Onboardings;
import io.onedoor.tenants.OperatorApi;
import io.onedoor.tenants.People;
import io.onedoor.tenants.People.Answer;
import io.onedoor.tenants.TenantServiceTest;
import io.onedoor.tenants.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Provincial operators are people: the platform administrator creates them for any province at
 * runtime, they log in through the console's flow and run their province, and nobody else can
 * make or unmake them. The administrator reaches no tenant.
 */
@TenantServiceTest
class OperatorsIntegrationTest {

    private static final String HEILONGJIANG = "230000";
    private static final String JILIN = "220000";

    @Autowired
    People people;

    @Autowired
    Tokens tokens;

    @Autowired
    OperatorApi api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InJvmCaseService caseService;

    @BeforeEach
    void caseServiceIsUp() {
        caseService.start();
    }

    @Test
    void anOperatorPersonOfAProvinceNobodyRanBeforeLogsInAndOnboardsACenterThere() {
        Answer created = create(HEILONGJIANG, "zhao.lei", "赵磊");

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.body().path("login").asString()).isEqualTo("zhao.lei@230000");
        assertThat(created.body().path("province").asString()).isEqualTo(HEILONGJIANG);
        String password = created.body().path("password").asString();
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);

        String token = tokens.login("zhao.lei@230000", password).accessToken();
        Map<String, Object> claims = tokens.claims(token);
        assertThat(claims.get("roles")).isEqualTo(List.of("OPERATOR"));
        assertThat(claims.get("province")).isEqualTo(HEILONGJIANG);
        assertThat(claims).doesNotContainKey("tenant");
        assertThat(String.valueOf(claims.get("scope")).split(" "))
                .contains("tenants:read", "tenants:write", "accounts:write", "audit:read");

        OperatorApi.Answer onboarded = api.as(token).onboard(Onboardings.city("hl-harbin", "230100", HEILONGJIANG));
        assertThat(onboarded.status()).as(onboarded.body().toString()).isEqualTo(201);
        assertThat(onboarded.body().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(api.operatorOf(JILIN).get("hl-harbin").status()).isEqualTo(404);
        assertThat(api.as(token).get("hl-harbin").status()).isEqualTo(200);
    }

    @Test
    void thePasswordIsShownOnceAndNeverAudited() {
        Answer created = create(JILIN, "sun.li", "孙丽");
        String password = created.body().path("password").asString();
        String id = created.body().path("id").asString();

        Answer read = admin("GET", "/api/v1/provinces/" + JILIN + "/operators/" + id, null, null);
        Answer listed = admin("GET", "/api/v1/provinces/" + JILIN + "/operators", null, null);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().has("password")).isFalse();
        assertThat(listed.body().toString()).contains("sun.li@220000").doesNotContain(password);
        List<String> audited = jdbc.queryForList(
                "select coalesce(after_state::text, '') from platform.audit_event where target = ?", String.class, id);
        assertThat(audited).hasSize(1).allSatisfy(state -> assertThat(state).doesNotContain(password));
        assertThat(jdbc.queryForObject(
                        "select province_code from platform.audit_event where target = ? and action = 'operator.created'",
                        String.class,
                        id))
                .isEqualTo(JILIN);
    }

    @Test
    void aDisabledOperatorCannotLogInUntilEnabledAgain() {
        Answer created = create(JILIN, "qian.feng", "钱峰");
        String password = created.body().path("password").asString();
        String path = "/api/v1/provinces/" + JILIN + "/operators/"
                + created.body().path("id").asString() + "/lock";

        Answer stale = admin("PUT", path, null, "\"99\"");
        Answer locked = admin("PUT", path, null, created.headers().getETag());

        assertThat(stale.status()).isEqualTo(412);
        assertThat(locked.status()).as(locked.body().toString()).isEqualTo(200);
        assertThat(locked.body().path("locked").asBoolean()).isTrue();
        assertThat(tokens.login("qian.feng@220000", password).refusedAtForm()).isTrue();

        Answer unlocked = admin("DELETE", path, null, locked.headers().getETag());
        assertThat(unlocked.body().path("locked").asBoolean()).isFalse();
        assertThat(tokens.login("qian.feng@220000", password).refusedAtForm()).isFalse();
    }

    @Test
    void aResetPasswordReplacesTheOldOneAtOnce() {
        Answer created = create(JILIN, "li.na", "李娜");
        String old = created.body().path("password").asString();

        Answer reset = admin(
                "POST",
                "/api/v1/provinces/" + JILIN + "/operators/"
                        + created.body().path("id").asString() + "/password-reset",
                null,
                null);

        assertThat(reset.status()).isEqualTo(200);
        String fresh = reset.body().path("password").asString();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(tokens.login("li.na@220000", old).refusedAtForm()).isTrue();
        assertThat(tokens.login("li.na@220000", fresh).refusedAtForm()).isFalse();
    }

    @Test
    void badRequestsNameEveryFieldAndCreateNothing() {
        Answer unknownProvince = create("990000", "wu.gang", "吴刚");
        Answer badName = admin(
                "POST",
                "/api/v1/provinces/" + JILIN + "/operators",
                Map.of("username", "Wu Gang!", "displayName", ""),
                null);
        Answer unknownField = admin(
                "POST",
                "/api/v1/provinces/" + JILIN + "/operators",
                Map.of("username", "wu.gang", "displayName", "吴刚", "password", "chosen by the admin"),
                null);
        create(JILIN, "zhou.min", "周敏");
        Answer again = create(JILIN, "zhou.min", "周敏");

        assertThat(unknownProvince.status()).isEqualTo(400);
        assertThat(fields(unknownProvince)).containsExactly("province");
        assertThat(badName.status()).isEqualTo(400);
        assertThat(fields(badName)).contains("username", "displayName");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(again.status()).isEqualTo(409);
        assertThat(fields(again)).containsExactly("username");
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.account where login in ('wu.gang@220000', 'wu.gang@990000')",
                        Integer.class))
                .isZero();
    }

    @Test
    void onlyThePlatformAdministratorManagesOperators() {
        String path = "/api/v1/provinces/" + JILIN + "/operators";
        Map<String, String> body = Map.of("username", "not.made", "displayName", "不应创建");
        String operatorOfJilin = tokens.operator(JILIN);

        assertThat(people.call("POST", path, operatorOfJilin, body).status()).isEqualTo(403);
        assertThat(people.call("GET", path, operatorOfJilin, null).status()).isEqualTo(403);
        assertThat(people.call("POST", path, null, body).status()).isEqualTo(401);
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.account where login = 'not.made@220000'", Integer.class))
                .isZero();
    }

    @Test
    void thePlatformAdministratorReachesNoTenantAndBelongsToNoProvince() {
        String token = tokens.platformAdmin();
        assertThat(api.operatorOf(JILIN)
                        .onboard(Onboardings.city("jl-changchun", "220100", JILIN))
                        .status())
                .isIn(200, 201);

        Map<String, Object> claims = tokens.claims(token);
        assertThat(claims.get("roles")).isEqualTo(List.of("PLATFORM_ADMIN"));
        assertThat(claims).doesNotContainKey("province").doesNotContainKey("tenant");
        assertThat(api.as(token).get("jl-changchun").status()).isEqualTo(403);
        assertThat(api.as(token).list("limit=10").status()).isEqualTo(403);
        assertThat(api.as(token)
                        .onboard(Onboardings.city("jl-jilin", "220200", JILIN))
                        .status())
                .isEqualTo(403);
        assertThat(people.call("GET", "/api/v1/tenants/jl-changchun/accounts", token, null)
                        .status())
                .isEqualTo(403);
        assertThat(people.call("GET", "/api/v1/provinces/" + JILIN + "/audit-events", token, null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void thePlatformAdministratorIssuesAProvincialClientForAnyProvince() {
        Answer issued = admin(
                "POST",
                "/api/v1/provinces/" + HEILONGJIANG + "/clients",
                Map.of("name", "省级看板", "scopes", List.of("tenants:read")),
                null);
        Answer unknownProvince = admin(
                "POST",
                "/api/v1/provinces/990000/clients",
                Map.of("name", "不应创建", "scopes", List.of("tenants:read")),
                null);

        assertThat(issued.status()).as(issued.body().toString()).isEqualTo(201);
        String token = tokens.clientCredentials(
                        issued.body().path("clientId").asString(),
                        issued.body().path("clientSecret").asString())
                .accessToken();
        assertThat(tokens.claims(token).get("province")).isEqualTo(HEILONGJIANG);
        assertThat(unknownProvince.status()).isEqualTo(400);
        assertThat(fields(unknownProvince)).containsExactly("province");
    }

    @Test
    void anUnknownOperatorIsNotFound() {
        Answer answer = admin("GET", "/api/v1/provinces/" + JILIN + "/operators/" + UUID.randomUUID(), null, null);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().path("type").asString()).endsWith("/operator-not-found");
    }

    private Answer create(String province, String username, String displayName) {
        return admin(
                "POST",
                "/api/v1/provinces/" + province + "/operators",
                Map.of("username", username, "displayName", displayName),
                null);
    }

    private Answer admin(String method, String path, Object body, String ifMatch) {
        return people.call(method, path, tokens.platformAdmin(), body, ifMatch);
    }

    private static List<String> fields(Answer answer) {
        List<String> fields = new ArrayList<>();
        answer.body()
                .path("errors")
                .forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }
}
