package io.onedoor.tenants;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The people of a center, made the way the platform makes them: the province's operator creates
 * the center's admin through the API, the admin logs in and creates everyone else.
 */
@TestComponent
public class People {

    /** Every test person's password: long enough for the policy. */
    public static final String PASSWORD = "correct horse battery staple";

    private final Tokens tokens;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Environment environment;
    private final Map<String, Person> known = new ConcurrentHashMap<>();

    People(Tokens tokens, JdbcTemplate jdbc, JsonMapper json, Environment environment) {
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.json = json;
        this.environment = environment;
    }

    /** A person with an account and a token at most three minutes old. */
    public record Person(String id, String login, String token, Instant loggedInAt) {}

    /** One answer of the API. */
    public record Answer(int status, HttpHeaders headers, JsonNode body) {}

    /** The center's admin ({@code admin@tenant}), created by the operator of its province. */
    public Person admin(String tenant) {
        return ensure(
                "admin@" + tenant,
                () -> call(
                        "POST",
                        "/api/v1/tenants/" + tenant + "/accounts",
                        tokens.operator(provinceOf(tenant)),
                        account("admin", List.of("TENANT_ADMIN"), null)));
    }

    /** Someone of the center with these roles, created by its admin. */
    public Person person(String tenant, String username, List<String> roles, @Nullable String orgUnit) {
        return ensure(
                username + "@" + tenant,
                () -> call(
                        "POST",
                        "/api/v1/tenants/" + tenant + "/accounts",
                        admin(tenant).token(),
                        account(username, roles, orgUnit)));
    }

    public static Map<String, Object> account(String username, List<String> roles, @Nullable String orgUnit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("displayName", "测试 " + username);
        body.put("roles", roles);
        if (orgUnit != null) {
            body.put("orgUnitCode", orgUnit);
        }
        body.put("password", PASSWORD);
        return body;
    }

    /** Calls the API with a bearer token (null: none) and a JSON body (null: none). */
    public Answer call(String method, String path, @Nullable String token, @Nullable Object body) {
        return call(method, path, token, body, null);
    }

    /** A GET of a path and query sent exactly as written, percent-escapes included (such as {@code %00}). */
    public Answer getAsWritten(String pathAndQuery, String token) {
        return RestClient.create()
                .get()
                .uri(java.net.URI.create(
                        "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + pathAndQuery))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange((req, response) -> {
                    byte[] bytes = response.getBody().readAllBytes();
                    JsonNode node = bytes.length == 0 ? json.missingNode() : json.readTree(bytes);
                    return new Answer(response.getStatusCode().value(), response.getHeaders(), node);
                });
    }

    /** The same, with an If-Match header. */
    public Answer call(
            String method, String path, @Nullable String token, @Nullable Object body, @Nullable String ifMatch) {
        var request = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port"))
                .build()
                .method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(path);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, response) -> {
            byte[] bytes = response.getBody().readAllBytes();
            Contract.check(req, response, bytes);
            JsonNode node = bytes.length == 0 ? json.missingNode() : json.readTree(bytes);
            return new Answer(response.getStatusCode().value(), response.getHeaders(), node);
        });
    }

    private synchronized Person ensure(String login, Supplier<Answer> create) {
        Person known = this.known.get(login);
        if (known != null && known.loggedInAt().plus(Duration.ofMinutes(3)).isAfter(Instant.now())) {
            return known;
        }
        String id;
        if (known != null) {
            id = known.id();
        } else {
            Answer created = create.get();
            if (created.status() != 201) {
                throw new AssertionError(
                        "creating " + login + " was answered " + created.status() + " " + created.body());
            }
            id = created.body().path("id").asString();
        }
        Person fresh = new Person(id, login, tokens.login(login, PASSWORD).accessToken(), Instant.now());
        this.known.put(login, fresh);
        return fresh;
    }

    private String provinceOf(String tenant) {
        return jdbc.queryForObject("select province_code from platform.tenant where code = ?", String.class, tenant);
    }
}
