package io.onedoor.tenants;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provincial operator's side of the tenant API, over HTTP, answering status and JSON as sent.
 * Unless told otherwise ({@link #as}), it calls as the operator of the province concerned: the
 * body's province when onboarding, the tenant's for a tenant, the filter's when listing.
 */
@TestComponent
public class OperatorApi {

    /** The province a request that names none is made in. */
    public static final String DEFAULT_PROVINCE = "150000";

    private static final Pattern PROVINCE_QUERY = Pattern.compile("(?:^|&)province=([0-9]{6})(?:&|$)");

    private final Environment environment;
    private final JsonMapper json;
    private final Tokens tokens;
    private final JdbcTemplate jdbc;
    private final @Nullable Supplier<@Nullable String> fixedBearer;

    @Autowired
    OperatorApi(Environment environment, JsonMapper json, Tokens tokens, JdbcTemplate jdbc) {
        this(environment, json, tokens, jdbc, null);
    }

    private OperatorApi(
            Environment environment,
            JsonMapper json,
            Tokens tokens,
            JdbcTemplate jdbc,
            @Nullable Supplier<@Nullable String> fixedBearer) {
        this.environment = environment;
        this.json = json;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.fixedBearer = fixedBearer;
    }

    /** The same API called with this bearer token (null: no Authorization header at all). */
    public OperatorApi as(@Nullable String token) {
        return new OperatorApi(environment, json, tokens, jdbc, () -> token);
    }

    /** The same API called by the operator of this province. */
    public OperatorApi operatorOf(String province) {
        return new OperatorApi(environment, json, tokens, jdbc, () -> tokens.operator(province));
    }

    /** One answer: status, headers and the body as JSON (a missing node when empty). */
    public record Answer(int status, HttpHeaders headers, JsonNode body) {

        public String etag() {
            return String.valueOf(headers.getETag());
        }

        /** The fields named in a problem's {@code errors}. */
        public List<String> fields() {
            List<String> fields = new ArrayList<>();
            body.path("errors").forEach(error -> fields.add(error.path("field").asString()));
            return fields;
        }

        public String problemType() {
            return body.path("type").asString();
        }

        public JsonNode step(String name) {
            for (JsonNode step : body.path("provisioning").path("steps")) {
                if (step.path("name").asString().equals(name)) {
                    return step;
                }
            }
            throw new AssertionError("no step " + name + " in " + body);
        }
    }

    public Answer onboard(Map<String, ?> request) {
        Object province = request.get("provinceCode");
        return send(
                client().post()
                        .uri("/api/v1/tenants")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(request),
                province instanceof String text && text.matches("[0-9]{2}0000") ? text : DEFAULT_PROVINCE);
    }

    public Answer onboardRaw(String request) {
        String province = DEFAULT_PROVINCE;
        try {
            String named = json.readTree(request).path("provinceCode").asString("");
            if (named.matches("[0-9]{2}0000")) {
                province = named;
            }
        } catch (RuntimeException unreadable) {
            // Not JSON: the default province's operator sends it.
        }
        return send(
                client().post()
                        .uri("/api/v1/tenants")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(request),
                province);
    }

    public Answer get(String code) {
        return send(client().get().uri("/api/v1/tenants/{code}", code), provinceOf(code));
    }

    public Answer list(String query) {
        Matcher named = PROVINCE_QUERY.matcher(query);
        return send(client().get().uri("/api/v1/tenants?" + query), named.find() ? named.group(1) : DEFAULT_PROVINCE);
    }

    public Answer suspend(String code, String reason, @Nullable String ifMatch) {
        var request = client().put()
                .uri("/api/v1/tenants/{code}/suspension", code)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", reason));
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return send(request, provinceOf(code));
    }

    public Answer resume(String code, @Nullable String ifMatch) {
        var request = client().delete().uri("/api/v1/tenants/{code}/suspension", code);
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return send(request, provinceOf(code));
    }

    /** The gateway's directory lookup, with the gateway's service token. */
    public Answer lookUpDirectory(String code) {
        return send(
                client().get()
                        .uri("/internal/v1/tenant-directory/{tenant}", code)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.service("gateway")),
                null);
    }

    private String provinceOf(String code) {
        return jdbc
                .queryForList("select province_code from platform.tenant where code = ?", String.class, code)
                .stream()
                .findFirst()
                .orElse(DEFAULT_PROVINCE);
    }

    private Answer send(RestClient.RequestHeadersSpec<?> request, @Nullable String province) {
        String bearer = fixedBearer != null ? fixedBearer.get() : province == null ? null : tokens.operator(province);
        if (bearer != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer);
        }
        return request.exchange((req, response) -> {
            byte[] body = response.getBody().readAllBytes();
            Contract.check(req, response, body);
            JsonNode node = body.length == 0 ? json.missingNode() : json.readTree(body);
            return new Answer(response.getStatusCode().value(), response.getHeaders(), node);
        });
    }

    private RestClient client() {
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port"))
                .build();
    }
}
