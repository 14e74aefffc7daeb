package io.onedoor.tenants.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.tenants.People;
import io.onedoor.tenants.People.Answer;
import io.onedoor.tenants.People.Person;
import io.onedoor.tenants.Registry;
import io.onedoor.tenants.TenantServiceTest;
import io.onedoor.tenants.TokenProperties;
import io.onedoor.tenants.Tokens;
import io.onedoor.tenants.Tokens.Login;
import io.onedoor.tenants.Tokens.TokenAnswer;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** People logging in to the console: PKCE end to end, their claims, lock-out, refresh. */
@TenantServiceTest
class LoginIntegrationTest {

    private static final String TENANT = "ha-zhongyuan";
    private static final String DIVISION = "410102";
    private static final String PROVINCE = "410000";
    private static final String TOWNSHIP = DIVISION + "001";

    @Autowired
    Registry registry;

    @Autowired
    People people;

    @Autowired
    Tokens tokens;

    @Autowired
    TokenProperties issuer;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void center() {
        if (jdbc.queryForObject("select count(*) from platform.tenant where code = ?", Integer.class, TENANT) == 0) {
            registry.withOrgTree(TENANT, DIVISION, PROVINCE);
        }
    }

    @Test
    void staffLogsInWithPkceAndTheTokenCarriesTheirAccount() {
        Person staff = people.person(TENANT, "li.na", List.of("STAFF"), TOWNSHIP);

        Login login = tokens.login(staff.login(), People.PASSWORD);

        String token = login.accessToken();
        Map<String, Object> claims = tokens.claims(token);
        assertThat(claims)
                .containsEntry("sub", staff.id())
                .containsEntry("client_id", Tokens.CONSOLE)
                .containsEntry("tenant", TENANT)
                .containsEntry("province", PROVINCE)
                .containsEntry("org_unit", TOWNSHIP)
                .containsEntry("roles", List.of("STAFF"))
                .containsEntry("scope", "cases:read cases:write")
                .containsEntry("iss", issuer.issuer());
        long lifetime = ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
        assertThat(lifetime).isEqualTo(Duration.ofMinutes(5).toSeconds());
        assertThat(tokens.header(token)).containsEntry("alg", "RS256").containsKey("kid");
        assertThat(login.tokens().refreshToken()).isNotBlank();

        Answer me = people.call("GET", "/api/v1/identity/me", token, null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("subject").asString()).isEqualTo(staff.id());
        assertThat(me.body().path("tenant").asString()).isEqualTo(TENANT);
        assertThat(me.body().path("orgUnit").asString()).isEqualTo(TOWNSHIP);
    }

    @Test
    void loginsAreCaseInsensitiveAndAskedForScopesNarrowTheToken() {
        Person supervisor = people.person(TENANT, "wang.fang", List.of("SUPERVISOR", "AUDITOR"), TOWNSHIP);

        String full =
                tokens.login(supervisor.login().toUpperCase(), People.PASSWORD).accessToken();
        String narrowed =
                tokens.login(supervisor.login(), People.PASSWORD, "cases:read").accessToken();

        assertThat(tokens.claims(full))
                .containsEntry("roles", List.of("SUPERVISOR", "AUDITOR"))
                .containsEntry("scope", "cases:read cases:write supervision:write audit:read");
        assertThat(tokens.claims(narrowed)).containsEntry("scope", "cases:read");
    }

    @Test
    void wrongPasswordIsRefusedAtTheForm() {
        Person staff = people.person(TENANT, "chen.jie", List.of("STAFF"), TOWNSHIP);

        assertThat(tokens.login(staff.login(), "not the password at all").refusedAtForm())
                .isTrue();
        assertThat(tokens.login("nobody@" + TENANT, People.PASSWORD).refusedAtForm())
                .isTrue();
    }

    @Test
    void fiveFailuresInARowLockTheAccountOutEvenAgainstTheRightPassword() {
        Person staff = people.person(TENANT, "zhao.lei", List.of("STAFF"), TOWNSHIP);
        Instant before = Instant.now();

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(tokens.login(staff.login(), "wrong password " + attempt).refusedAtForm())
                    .isTrue();
        }

        assertThat(tokens.login(staff.login(), People.PASSWORD).refusedAtForm())
                .as("the right password while locked out")
                .isTrue();
        Instant lockedUntil = jdbc.queryForObject(
                        "select locked_until from platform.account where id = ?::uuid", Timestamp.class, staff.id())
                .toInstant();
        assertThat(lockedUntil)
                .isBetween(before.plus(Duration.ofMinutes(14)), Instant.now().plus(Duration.ofMinutes(16)));
        Answer account = people.call(
                "GET",
                "/api/v1/tenants/" + TENANT + "/accounts/" + staff.id(),
                people.admin(TENANT).token(),
                null);
        assertThat(account.body().path("locked").asBoolean()).isTrue();
        assertThat(account.body().path("lockedUntil").isMissingNode()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.audit_event where action = 'account.locked-out' and target = ?",
                        Integer.class,
                        staff.id()))
                .isEqualTo(1);

        Answer unlocked = people.call(
                "DELETE",
                "/api/v1/tenants/" + TENANT + "/accounts/" + staff.id() + "/lock",
                people.admin(TENANT).token(),
                null);
        assertThat(unlocked.status()).isEqualTo(200);
        assertThat(unlocked.body().path("locked").asBoolean()).isFalse();
        assertThat(tokens.login(staff.login(), People.PASSWORD).refusedAtForm()).isFalse();
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        Person staff = people.person(TENANT, "sun.li", List.of("STAFF"), TOWNSHIP);

        for (int round = 0; round < 2; round++) {
            for (int attempt = 0; attempt < 4; attempt++) {
                tokens.login(staff.login(), "wrong password " + attempt);
            }
            assertThat(tokens.login(staff.login(), People.PASSWORD).refusedAtForm())
                    .as("round " + round)
                    .isFalse();
        }
    }

    @Test
    void refreshTokensRotateAndNeverOutliveTheLogin() {
        Person staff = people.person(TENANT, "zhou.min", List.of("STAFF"), TOWNSHIP);
        TokenAnswer first = tokens.login(staff.login(), People.PASSWORD).tokens();
        Instant loginEnds = refreshExpiry(first.refreshToken());
        assertThat(loginEnds)
                .isBetween(
                        Instant.now().plus(Duration.ofHours(7)), Instant.now().plus(Duration.ofHours(8)));

        TokenAnswer refreshed = tokens.refresh(first.refreshToken());

        assertThat(refreshed.status()).as(refreshed.body().toString()).isEqualTo(200);
        assertThat(tokens.claims(refreshed.accessToken()))
                .containsEntry("sub", staff.id())
                .containsEntry("tenant", TENANT)
                .containsEntry("scope", "cases:read cases:write");
        assertThat(refreshed.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(refreshExpiry(refreshed.refreshToken())).isEqualTo(loginEnds);
        assertThat(tokens.refresh(first.refreshToken()).error())
                .as("a used refresh token")
                .isEqualTo("invalid_grant");
    }

    @Test
    void aLockedAccountGetsNoMoreTokensNotEvenByRefresh() {
        Person staff = people.person(TENANT, "wu.gang", List.of("STAFF"), TOWNSHIP);
        TokenAnswer tokensBefore = tokens.login(staff.login(), People.PASSWORD).tokens();

        Answer locked = people.call(
                "PUT",
                "/api/v1/tenants/" + TENANT + "/accounts/" + staff.id() + "/lock",
                people.admin(TENANT).token(),
                null);

        assertThat(locked.status()).isEqualTo(200);
        assertThat(tokens.refresh(tokensBefore.refreshToken()).error()).isEqualTo("invalid_grant");
        assertThat(tokens.login(staff.login(), People.PASSWORD).refusedAtForm()).isTrue();
    }

    @Test
    void behindTheGatewayTheLoginRedirectNamesTheGateway() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(tokens.baseUrl()
                        + "/oauth2/authorize?response_type=code&client_id=onedoor-console&scope=openid"
                        + "&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fconsole%2Fcallback"
                        + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"))
                .header("X-Forwarded-Host", "localhost")
                .header("X-Forwarded-Proto", "http")
                .header("X-Forwarded-Port", "8080")
                .header("X-Forwarded-For", "198.51.100.4")
                .GET()
                .build();

        var response = Tokens.asGateway().send(request, java.net.http.HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("http://localhost:8080/login");
    }

    @Test
    void forwardedHeadersFromAnyoneButTheGatewayDoNotSteerTheLoginRedirect() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(tokens.baseUrl()
                        + "/oauth2/authorize?response_type=code&client_id=onedoor-console&scope=openid"
                        + "&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fconsole%2Fcallback"
                        + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"))
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Port", "443")
                .header("Forwarded", "host=evil.example;proto=https")
                .GET()
                .build();

        var response = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(tokens.baseUrl() + "/login");
    }

    private Instant refreshExpiry(String refreshToken) {
        return jdbc.queryForObject(
                        "select refresh_token_expires_at from platform.oauth2_authorization where refresh_token_value = ?",
                        Timestamp.class,
                        refreshToken)
                .toInstant();
    }
}
