package io.onedoor.tenants;

import io.onedoor.tenants.IdentityProperties.BootstrapClient;
import io.onedoor.tenants.clients.BootstrapClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real tokens from this service's own authorization server, the two ways the platform hands them
 * out: client credentials (here also for provincial operators, as bootstrap clients) and the
 * authorization-code flow with PKCE, filling in the login form as a browser would.
 */
@TestComponent
public class Tokens {

    public static final String CONSOLE = "onedoor-console";
    public static final String CONSOLE_REDIRECT = "http://localhost:8080/console/callback";
    public static final String OPERATOR_SECRET = "operator-secret-for-tests-only";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Environment environment;
    private final BootstrapClients bootstrap;
    private final JsonMapper json;
    private final Map<String, Cached> operators = new ConcurrentHashMap<>();

    Tokens(Environment environment, BootstrapClients bootstrap, JsonMapper json) {
        this.environment = environment;
        this.bootstrap = bootstrap;
        this.json = json;
    }

    private record Cached(String token, Instant fetched) {}

    /** An answer of the token endpoint. */
    public record TokenAnswer(int status, JsonNode body) {

        public String accessToken() {
            if (status != 200) {
                throw new AssertionError("no token: " + status + " " + body);
            }
            return body.path("access_token").asString();
        }

        public @Nullable String refreshToken() {
            JsonNode refresh = body.path("refresh_token");
            return refresh.isMissingNode() ? null : refresh.asString();
        }

        public String error() {
            return body.path("error").asString();
        }
    }

    /** How a login went: refused at the form, or tokens from the token endpoint. */
    public record Login(boolean refusedAtForm, @Nullable TokenAnswer tokens) {

        public String accessToken() {
            if (tokens == null) {
                throw new AssertionError("the login form refused the login");
            }
            return tokens.accessToken();
        }
    }

    /** The id of the provincial operator client for a province, as {@link #operator} creates it. */
    public static String operatorClientId(String province) {
        return "test-operator-" + province;
    }

    /** A provincial operator's token (an OPERATOR bootstrap client of the province). */
    public String operator(String province) {
        Cached cached = operators.get(province);
        if (cached != null && cached.fetched().plus(Duration.ofMinutes(3)).isAfter(Instant.now())) {
            return cached.token();
        }
        bootstrap.apply(new BootstrapClient(
                operatorClientId(province),
                OPERATOR_SECRET,
                List.of("OPERATOR"),
                province,
                null,
                IdentityProperties.Operator.SCOPES,
                null));
        String token =
                clientCredentials(operatorClientId(province), OPERATOR_SECRET).accessToken();
        operators.put(province, new Cached(token, Instant.now()));
        return token;
    }

    /** The platform administrator's token, through the login form like every person's. */
    public String platformAdmin() {
        Cached cached = operators.get("platform");
        if (cached != null && cached.fetched().plus(Duration.ofMinutes(3)).isAfter(Instant.now())) {
            return cached.token();
        }
        String token = login(TenantServiceTest.PLATFORM_ADMIN + "@000000", TenantServiceTest.PLATFORM_ADMIN_PASSWORD)
                .accessToken();
        operators.put("platform", new Cached(token, Instant.now()));
        return token;
    }

    public TokenAnswer clientCredentials(String clientId, String secret, String... scopes) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        if (scopes.length > 0) {
            form.put("scope", String.join(" ", scopes));
        }
        String basic = Base64.getEncoder()
                .encodeToString((encode(clientId) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8));
        return tokenRequest(HttpClient.newHttpClient(), form, basic);
    }

    /** Logs a person in with the console's flow, asking for the given scopes (none: all their roles allow). */
    public Login login(String login, String password, String... scopes) {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String verifier = random(48);
        String state = random(16);
        Map<String, String> authorizeParameters = new LinkedHashMap<>();
        authorizeParameters.put("response_type", "code");
        authorizeParameters.put("client_id", CONSOLE);
        authorizeParameters.put("redirect_uri", CONSOLE_REDIRECT);
        authorizeParameters.put("scope", scopes.length == 0 ? "openid" : "openid " + String.join(" ", scopes));
        authorizeParameters.put("state", state);
        authorizeParameters.put("code_challenge", challenge(verifier));
        authorizeParameters.put("code_challenge_method", "S256");
        String authorize = "/oauth2/authorize?" + form(authorizeParameters);

        HttpResponse<String> first = send(browser, get(authorize));
        if (first.statusCode() != 302 || !location(first).endsWith("/login")) {
            throw new AssertionError("the authorization request did not ask for a login: " + first.statusCode());
        }
        HttpResponse<String> page = send(browser, get("/login"));
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new AssertionError("the login page has no CSRF token");
        }
        HttpResponse<String> loggedIn = send(
                browser,
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                form(Map.of("username", login, "password", password, "_csrf", csrf.group(1)))))
                        .build());
        String next = location(loggedIn);
        if (next.contains("/login?error")) {
            return new Login(true, null);
        }
        HttpResponse<String> redirected = send(browser, get(pathOf(next)));
        String callback = location(redirected);
        if (!callback.startsWith(CONSOLE_REDIRECT)) {
            throw new AssertionError("no code after login: " + redirected.statusCode() + " " + callback);
        }
        Map<String, String> query = query(URI.create(callback).getRawQuery());
        if (!state.equals(query.get("state"))) {
            throw new AssertionError("the state came back changed");
        }
        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("client_id", CONSOLE);
        exchange.put("redirect_uri", CONSOLE_REDIRECT);
        exchange.put("code", query.get("code"));
        exchange.put("code_verifier", verifier);
        return new Login(false, tokenRequest(browser, exchange, null));
    }

    /** The console refreshing its tokens (a public client: its id, no secret). */
    public TokenAnswer refresh(String refreshToken) {
        return tokenRequest(
                HttpClient.newHttpClient(),
                Map.of("grant_type", "refresh_token", "client_id", CONSOLE, "refresh_token", refreshToken),
                null);
    }

    /** The claims of a token, read without verifying it (the tests verify through the API). */
    public Map<String, Object> claims(String jwt) {
        String[] parts = jwt.split("\\.");
        return json.readValue(Base64.getUrlDecoder().decode(parts[1]), new TypeReference<Map<String, Object>>() {});
    }

    /** The header of a token: alg and kid. */
    public Map<String, Object> header(String jwt) {
        return json.readValue(
                Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), new TypeReference<Map<String, Object>>() {});
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port");
    }

    private TokenAnswer tokenRequest(HttpClient http, Map<String, String> parameters, @Nullable String basic) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters)));
        if (basic != null) {
            request.header("Authorization", "Basic " + basic);
        }
        HttpResponse<String> response = send(http, request.build());
        JsonNode body = response.body().isBlank() ? json.missingNode() : json.readTree(response.body());
        return new TokenAnswer(response.statusCode(), body);
    }

    private HttpRequest get(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).GET().build();
    }

    private URI uri(String pathAndQuery) {
        return URI.create(baseUrl() + pathAndQuery);
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static String pathOf(String location) {
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                result.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return result;
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String random(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
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
