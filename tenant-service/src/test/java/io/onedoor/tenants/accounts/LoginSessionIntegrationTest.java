package io.onedoor.tenants.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.tenants.People;
import io.onedoor.tenants.People.Person;
import io.onedoor.tenants.Registry;
import io.onedoor.tenants.TenantServiceTest;
import io.onedoor.tenants.Tokens;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A login's session (the saved authorization request, the form's CSRF token, who logged in) lives
 * in Redis, not in this replica's memory, behind a cookie a browser keeps to itself.
 */
@TenantServiceTest
class LoginSessionIntegrationTest {

    private static final String TENANT = "gs-chengguan";
    private static final String DIVISION = "620102";
    private static final String PROVINCE = "620000";
    private static final String COOKIE = "ONEDOOR_SESSION";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private static final String AUTHORIZE = "/oauth2/authorize?response_type=code&client_id=" + Tokens.CONSOLE
            + "&redirect_uri=" + URLEncoder.encode(Tokens.CONSOLE_REDIRECT, StandardCharsets.UTF_8)
            + "&scope=openid&state=s1&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
            + "&code_challenge_method=S256";

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    Tokens tokens;

    @Autowired
    Registry registry;

    @Autowired
    People people;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void center() {
        if (jdbc.queryForObject("select count(*) from platform.tenant where code = ?", Integer.class, TENANT) == 0) {
            registry.withOrgTree(TENANT, DIVISION, PROVINCE);
        }
    }

    @Test
    void anAuthorizationRequestKeepsItsLoginSessionInRedisBehindAnHttpOnlyLaxCookie() throws Exception {
        HttpResponse<String> authorize = send(get(AUTHORIZE));

        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(authorize.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        String cookie = sessionCookie(authorize);
        assertThat(cookie)
                .contains("; Path=/")
                .contains("; HttpOnly")
                .contains("; SameSite=Lax")
                .doesNotContain("Secure");
        String key = redisKey(cookie);
        assertThat(redis.hasKey(key)).as(key).isTrue();
        assertThat(redis.getExpire(key, TimeUnit.SECONDS))
                .as("the session expires with the 30-minute timeout")
                .isBetween(29 * 60L, 30 * 60L);
    }

    @Test
    void behindAnHttpsEdgeTheSessionCookieIsSecure() throws Exception {
        // Forwarded headers count only from the gateway's address.
        HttpResponse<String> authorize = Tokens.asGateway()
                .send(
                        HttpRequest.newBuilder(uri(AUTHORIZE))
                                .header("X-Forwarded-Proto", "https")
                                .header("X-Forwarded-Host", "onedoor.example.cn")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(sessionCookie(authorize)).contains("; Secure");
    }

    @Test
    void aLoginContinuesInTheSessionRedisHoldsAndLoggingOutRemovesIt() throws Exception {
        Person staff = people.person(TENANT, "ma.lan", List.of("STAFF"), DIVISION);
        String anonymous = sessionCookie(send(get(AUTHORIZE)));
        HttpResponse<String> page = send(get("/login", anonymous));
        HttpResponse<String> loggedIn = send(post(
                "/login",
                anonymous,
                Map.of("username", staff.login(), "password", People.PASSWORD, "_csrf", csrf(page))));
        assertThat(loggedIn.headers().firstValue("Location"))
                .as("back to the authorization request the session saved")
                .hasValueSatisfying(to -> assertThat(to).contains("/oauth2/authorize"));
        // A new session id at login (no session fixation): the anonymous one is gone from Redis.
        String session = sessionCookie(loggedIn);
        assertThat(redis.hasKey(redisKey(anonymous))).isFalse();
        assertThat(redis.hasKey(redisKey(session))).isTrue();
        assertThat(send(get(AUTHORIZE, session)).headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).startsWith(Tokens.CONSOLE_REDIRECT + "?code="));

        HttpResponse<String> loggedOut =
                send(post("/logout", session, Map.of("_csrf", csrf(send(get("/logout", session))))));

        assertThat(loggedOut.statusCode()).isEqualTo(302);
        assertThat(redis.hasKey(redisKey(session))).isFalse();
        assertThat(send(get(AUTHORIZE, session)).headers().firstValue("Location"))
                .as("the logged-out session authorizes nothing")
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    @Test
    void signingOutOfTheConsoleEndsTheLoginSessionAndReturnsToTheConsolesStart() throws Exception {
        Person staff = people.person(TENANT, "he.ping", List.of("STAFF"), DIVISION);
        String anonymous = sessionCookie(send(get(AUTHORIZE)));
        HttpResponse<String> page = send(get("/login", anonymous));
        String session = sessionCookie(send(post(
                "/login",
                anonymous,
                Map.of("username", staff.login(), "password", People.PASSWORD, "_csrf", csrf(page)))));
        String callback =
                send(get(AUTHORIZE, session)).headers().firstValue("Location").orElseThrow();
        String code = callback.replaceAll(".*[?&]code=([^&]+).*", "$1");
        HttpResponse<String> exchanged = send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=" + Tokens.CONSOLE
                        + "&code=" + code + "&redirect_uri="
                        + URLEncoder.encode(Tokens.CONSOLE_REDIRECT, StandardCharsets.UTF_8)
                        + "&code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .build());
        assertThat(exchanged.statusCode()).as(exchanged.body()).isEqualTo(200);
        String idToken = exchanged.body().replaceAll(".*\"id_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        // The console's sign-out: OpenID Connect RP-initiated logout, back to the console's start.
        HttpResponse<String> loggedOut = send(get(
                "/connect/logout?client_id=" + Tokens.CONSOLE + "&id_token_hint=" + idToken
                        + "&post_logout_redirect_uri="
                        + URLEncoder.encode("http://localhost:8080/", StandardCharsets.UTF_8),
                session));

        assertThat(loggedOut.statusCode()).as(loggedOut.body()).isEqualTo(302);
        assertThat(loggedOut.headers().firstValue("Location")).hasValue("http://localhost:8080/");
        assertThat(redis.hasKey(redisKey(session))).isFalse();
        assertThat(send(get(AUTHORIZE, session)).headers().firstValue("Location"))
                .as("the signed-out session authorizes nothing")
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    /** The Set-Cookie header of the login session. */
    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(COOKIE + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + COOKIE + " cookie set: " + response.headers()));
    }

    /** Where Redis keeps the session a cookie names (the cookie carries its id in base64). */
    private static String redisKey(String setCookie) {
        String value = setCookie.substring(COOKIE.length() + 1, setCookie.indexOf(';'));
        return "onedoor:session:sessions:" + new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("a CSRF token in the page").isTrue();
        return csrf.group(1);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private HttpRequest get(String path, String setCookie) {
        return HttpRequest.newBuilder(uri(path))
                .header("Cookie", setCookie.substring(0, setCookie.indexOf(';')))
                .GET()
                .build();
    }

    private HttpRequest post(String path, String setCookie, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri(path))
                .header("Cookie", setCookie.substring(0, setCookie.indexOf(';')))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private URI uri(String path) {
        return URI.create(tokens.baseUrl() + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
