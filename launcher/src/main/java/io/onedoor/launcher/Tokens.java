package io.onedoor.launcher;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gets access tokens from the platform's authorization server through the gateway, the two ways
 * the platform allows: client credentials (integrators, automation) and the authorization-code
 * flow with PKCE (people), the latter by filling in the real login form as a browser would.
 */
public final class Tokens {

    /** The console's public client and the redirect the launcher reads the code from. */
    public static final String CONSOLE_CLIENT = "onedoor-console";

    public static final String CONSOLE_REDIRECT = "http://localhost:8080/console/callback";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final URI gateway;

    public Tokens(URI gateway) {
        this.gateway = gateway;
    }

    /** A token for an integrator or automation client. */
    public String clientCredentials(String clientId, String secret, String... scopes)
            throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        if (scopes.length > 0) {
            form.put("scope", String.join(" ", scopes));
        }
        String basic = Base64.getEncoder()
                .encodeToString((encode(clientId) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(gateway.resolve("/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return accessToken(response);
    }

    /** A token for a person: authorization code with PKCE, logging in with the login form. */
    public String login(String login, String password) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String verifier = randomUrlSafe(48);
        String state = randomUrlSafe(16);
        String authorize = "/oauth2/authorize?"
                + formBody(Map.of(
                        "response_type",
                        "code",
                        "client_id",
                        CONSOLE_CLIENT,
                        "redirect_uri",
                        CONSOLE_REDIRECT,
                        "scope",
                        "openid",
                        "state",
                        state,
                        "code_challenge",
                        challenge(verifier),
                        "code_challenge_method",
                        "S256"));

        // 1. The authorization request sends an anonymous browser to the login page.
        HttpResponse<String> first = http.send(get(authorize), HttpResponse.BodyHandlers.ofString());
        String loginPage = first.headers().firstValue("Location").orElse("/login");
        HttpResponse<String> page = http.send(get(pathOf(loginPage)), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", login);
        form.put("password", password);
        if (csrf.find()) {
            form.put("_csrf", csrf.group(1));
        }
        // 2. Logging in sends the browser back to the authorization request...
        HttpResponse<String> loggedIn = http.send(
                HttpRequest.newBuilder(gateway.resolve("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String next = loggedIn.headers().firstValue("Location").orElse("");
        if (next.contains("error")) {
            throw new Refused("login refused for " + login + ": wrong password, or no such account");
        }
        // 3. ...which now redirects to the client with a code.
        HttpResponse<String> redirected =
                http.send(get(pathOf(next.isEmpty() ? authorize : next)), HttpResponse.BodyHandlers.ofString());
        String callback = redirected.headers().firstValue("Location").orElse("");
        if (!callback.startsWith(CONSOLE_REDIRECT)) {
            throw new IllegalStateException(
                    "no authorization code for " + login + " (status " + redirected.statusCode() + ")");
        }
        Map<String, String> query = query(URI.create(callback).getRawQuery());
        if (!state.equals(query.get("state")) || query.get("code") == null) {
            throw new IllegalStateException("the authorization server answered without a valid code");
        }
        HttpResponse<String> token = http.send(
                HttpRequest.newBuilder(gateway.resolve("/oauth2/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(formBody(Map.of(
                                "grant_type", "authorization_code",
                                "client_id", CONSOLE_CLIENT,
                                "redirect_uri", CONSOLE_REDIRECT,
                                "code", query.get("code"),
                                "code_verifier", verifier))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return accessToken(token);
    }

    /** The authorization server said no: the login or the client's credentials are not right. */
    public static final class Refused extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private HttpRequest get(String pathAndQuery) {
        return HttpRequest.newBuilder(gateway.resolve(pathAndQuery)).GET().build();
    }

    /** Redirects name the gateway's public address; the launcher may reach it at another. */
    private static String pathOf(String location) {
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String accessToken(HttpResponse<String> response) {
        if (response.statusCode() == 400 || response.statusCode() == 401) {
            throw new Refused("the token endpoint refused the client (" + response.statusCode()
                    + "): unknown client or wrong secret");
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token endpoint answered " + response.statusCode());
        }
        JsonNode body = JSON.readTree(response.body());
        return body.path("access_token").asString();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> result = new LinkedHashMap<>();
        if (raw == null) {
            return result;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                result.put(
                        java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return result;
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
