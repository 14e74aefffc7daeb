package io.onedoor.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.launcher.Infrastructure;
import io.onedoor.launcher.Platform;
import io.onedoor.launcher.ServiceProcess;
import io.onedoor.launcher.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person logs in through the gateway while it takes turns between two tenant-service replicas:
 * each step of the login is served by whichever replica's turn it is, and carries on from what
 * the step before left in the login session. That works only because the session is in Redis;
 * with sessions in each replica's memory the login form's CSRF token, issued by one replica,
 * would be unknown to the other, and the login would fail. Which replica served each step is
 * read from the replicas' own access logs, by the request id the gateway gave the step.
 */
class LoginAcrossReplicasSystemTest {

    private static final String TENANT = "nm-jarud";
    private static final String PASSWORD = "两个副本一次登录-replicas";
    private static final String COOKIE = "ONEDOOR_SESSION";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    // RFC 7636's example pair: the challenge is the verifier's S256.
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final String AUTHORIZE = "/oauth2/authorize?response_type=code&client_id=" + Tokens.CONSOLE_CLIENT
            + "&redirect_uri=" + encode(Tokens.CONSOLE_REDIRECT)
            + "&scope=openid&state=replicas&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
            + "&code_challenge_method=S256";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static Platform platform;
    private static Callers callers;

    @BeforeAll
    static void twoReplicas() throws Exception {
        callers = Callers.get();
        platform = callers.platform();
        assertThat(platform.tenantServices()).as("tenant-service replicas").hasSize(2);
    }

    @Test
    void eachStepOfALoginIsServedByTheOtherReplicaAndTheTokenWorks() throws Exception {
        String login = person("replica.walker");

        Login done = logIn(login);

        Map<String, Integer> servedBy = new LinkedHashMap<>();
        for (Step step : done.steps()) {
            servedBy.put(step.name(), replicaThatServed(step.requestId()));
        }
        List<Integer> replicas = platform.tenantServices().stream()
                .map(replica -> replica.baseUri().getPort())
                .toList();
        String where = "the replica (port) of each step: " + servedBy + ", replicas " + replicas;
        assertThat(servedBy.values()).as(where).doesNotContainNull();
        assertThat(Set.copyOf(servedBy.values())).as(where).containsExactlyInAnyOrderElementsOf(replicas);
        assertThat(servedBy.get("login"))
                .as("the login form's CSRF token, put in the session by one replica, was checked by the other; "
                        + where)
                .isNotEqualTo(servedBy.get("login form"));
        assertThat(servedBy.get("code"))
                .as("the login one replica recorded in the session let the other hand out the code; " + where)
                .isNotEqualTo(servedBy.get("login"));
    }

    @Test
    void loggingOutThroughTheGatewayEndsTheSessionOnBothReplicas() throws Exception {
        String login = person("replica.leaver");
        Login done = logIn(login);
        String session = done.session();
        for (ServiceProcess replica : platform.tenantServices()) {
            assertThat(location(send(get(replica.baseUri(), AUTHORIZE, session))))
                    .as("%s knows the login before logout", replica.name())
                    .startsWith(Tokens.CONSOLE_REDIRECT + "?code=");
        }

        HttpResponse<String> logoutPage = send(get(platform.gatewayUri(), "/logout", session));
        HttpResponse<String> loggedOut =
                send(post(platform.gatewayUri(), "/logout", session, Map.of("_csrf", csrf(logoutPage))));

        assertThat(loggedOut.statusCode()).isEqualTo(302);
        assertThat(location(loggedOut)).contains("/login?logout");
        assertThat(redisHas(sessionKey(session))).as("the session in Redis").isFalse();
        for (ServiceProcess replica : platform.tenantServices()) {
            assertThat(location(send(get(replica.baseUri(), AUTHORIZE, session))))
                    .as("%s sends the logged-out browser to the login form", replica.name())
                    .endsWith("/login");
        }
    }

    // ---- the login, step by step ------------------------------------------------------------

    private record Step(String name, String requestId) {}

    private record Login(List<Step> steps, String session, String accessToken) {}

    /** The console's login: authorization request, login form, code, token; through the gateway. */
    private Login logIn(String login) throws Exception {
        URI gateway = platform.gatewayUri();
        List<Step> steps = new ArrayList<>();

        HttpResponse<String> authorize = step(steps, "authorization request", get(gateway, AUTHORIZE, null));
        assertThat(location(authorize)).endsWith("/login");
        String anonymous = sessionCookie(authorize);
        assertThat(redisHas(sessionKey(anonymous)))
                .as("the session the first replica started is in Redis")
                .isTrue();

        HttpResponse<String> page = step(steps, "login form", get(gateway, "/login", anonymous));
        assertThat(page.statusCode()).isEqualTo(200);

        HttpResponse<String> loggedIn = step(
                steps,
                "login",
                post(
                        gateway,
                        "/login",
                        anonymous,
                        Map.of("username", login, "password", PASSWORD, "_csrf", csrf(page))));
        assertThat(location(loggedIn))
                .as("the login is accepted and goes back to the saved authorization request")
                .contains("/oauth2/authorize");
        String session = sessionCookie(loggedIn);

        HttpResponse<String> code = step(steps, "code", get(gateway, AUTHORIZE, session));
        String callback = location(code);
        assertThat(callback).startsWith(Tokens.CONSOLE_REDIRECT + "?code=");

        HttpResponse<String> token = step(
                steps,
                "token",
                post(
                        gateway,
                        "/oauth2/token",
                        null,
                        Map.of(
                                "grant_type",
                                "authorization_code",
                                "client_id",
                                Tokens.CONSOLE_CLIENT,
                                "redirect_uri",
                                Tokens.CONSOLE_REDIRECT,
                                "code",
                                query(callback, "code"),
                                "code_verifier",
                                VERIFIER)));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        Matcher accessToken =
                Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(token.body());
        assertThat(accessToken.find()).isTrue();

        HttpResponse<String> me =
                new GatewayCalls(gateway).send("GET", "/api/v1/identity/me", accessToken.group(1), null, null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"tenant\":\"" + TENANT + "\"");
        return new Login(steps, session, accessToken.group(1));
    }

    private static HttpResponse<String> step(List<Step> steps, String name, HttpRequest request) throws Exception {
        HttpResponse<String> answer = send(request);
        String requestId = answer.headers()
                .firstValue("X-Request-Id")
                .orElseThrow(() -> new AssertionError("the gateway gave the " + name + " no request id"));
        steps.add(new Step(name, requestId));
        return answer;
    }

    /** The port of the tenant-service replica whose access log has the request, if one has. */
    private static @Nullable Integer replicaThatServed(String requestId) throws Exception {
        Integer found = null;
        for (ServiceProcess replica : platform.tenantServices()) {
            int port = replica.baseUri().getPort();
            Path log = PlatformUnderTest.accessLogs().resolve("tenant-service-" + port + "-access.log");
            if (Files.exists(log)
                    && Files.readAllLines(log).stream().anyMatch(line -> line.startsWith(requestId + " "))) {
                assertThat(found)
                        .as("request " + requestId + " served by two replicas")
                        .isNull();
                found = port;
            }
        }
        return found;
    }

    private String person(String username) throws Exception {
        String body = "{\"username\":\"" + username + "\",\"displayName\":\"副本测试\",\"roles\":[\"STAFF\"],"
                + "\"orgUnitCode\":\"150526\",\"password\":\"" + PASSWORD + "\"}";
        HttpResponse<String> created = new GatewayCalls(platform.gatewayUri())
                .send("POST", "/api/v1/tenants/" + TENANT + "/accounts", callers.admin(TENANT), body, null);
        assertThat(created.statusCode()).as(created.body()).isIn(201, 409);
        return username + "@" + TENANT;
    }

    // ---- cookies, forms, Redis ----------------------------------------------------------------

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(COOKIE + "="))
                .map(header -> header.substring(0, header.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + COOKIE + " cookie: " + response.headers()));
    }

    /** The Redis key of the session a cookie names (the cookie holds the id in base64). */
    private static String sessionKey(String cookie) {
        String id =
                new String(Base64.getDecoder().decode(cookie.substring(COOKIE.length() + 1)), StandardCharsets.UTF_8);
        return "onedoor:session:sessions:" + id;
    }

    private static boolean redisHas(String key) throws Exception {
        Infrastructure.Redis redis = PlatformUnderTest.redis();
        try (Socket socket = new Socket(redis.host(), redis.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(
                    ("SELECT " + redis.database() + "\r\n" + command("EXISTS", key)).getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String selected = line(in);
            String exists = line(in);
            assertThat(selected).isEqualTo("+OK");
            return exists.equals(":1");
        }
    }

    private static String command(String... parts) {
        StringBuilder resp = new StringBuilder("*" + parts.length + "\r\n");
        for (String part : parts) {
            resp.append('$')
                    .append(part.getBytes(StandardCharsets.UTF_8).length)
                    .append("\r\n")
                    .append(part)
                    .append("\r\n");
        }
        return resp.toString();
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("a CSRF token in the page").isTrue();
        return csrf.group(1);
    }

    private static HttpRequest get(URI base, String path, @Nullable String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return request.build();
    }

    private static HttpRequest post(URI base, String path, @Nullable String cookie, Map<String, String> form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"))));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return request.build();
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static String query(String url, String name) {
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + url);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
