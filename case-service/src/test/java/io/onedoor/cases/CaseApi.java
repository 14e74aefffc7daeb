package io.onedoor.cases;

import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.testsupport.ApiContract;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's HTTP API as a test drives it, plus what tenant-service does around it: creating
 * the tenant's schema before provisioning, and publishing the center's configuration snapshot to
 * Redis (announcing each change on its channel).
 *
 * <p>Every request under {@code /api/} is authenticated: unless told otherwise, with a fresh
 * token of an integrator client of the tenant named in the path (which reaches all the tenant's
 * matters), as the tenant's intake system would call; under {@code /internal/}, with
 * tenant-service's service token. {@link #as}, {@link #withAuthorization} and
 * {@link #anonymous} give the same API with other credentials.
 */
public class CaseApi {

    private static final AtomicInteger TENANTS = new AtomicInteger();
    private static final Pattern TENANT_PATH = Pattern.compile("^/api/v1/tenants/([^/?]+)");

    private final String baseUrl;
    private final RestClient http;
    private final JsonMapper json;
    private final JdbcTemplate jdbc;
    private final StringRedisTemplate redis;
    private final Function<String, @Nullable String> authorization;
    private final boolean contractChecked;

    CaseApi(String baseUrl, JsonMapper json, DataSource dataSource, StringRedisTemplate redis) {
        this(
                baseUrl,
                RestClient.builder()
                        .requestFactory(new JdkClientHttpRequestFactory())
                        .build(),
                json,
                new JdbcTemplate(dataSource),
                redis,
                CaseApi::integratorOfPathTenant,
                true);
    }

    private CaseApi(
            String baseUrl,
            RestClient http,
            JsonMapper json,
            JdbcTemplate jdbc,
            StringRedisTemplate redis,
            Function<String, @Nullable String> authorization,
            boolean contractChecked) {
        this.baseUrl = baseUrl;
        this.http = http;
        this.json = json;
        this.jdbc = jdbc;
        this.redis = redis;
        this.authorization = authorization;
        this.contractChecked = contractChecked;
    }

    /** The same API, every request carrying this bearer token. */
    public CaseApi as(String token) {
        return withAuthorization("Bearer " + token);
    }

    /** The same API, every request carrying this Authorization header, as is. */
    public CaseApi withAuthorization(String header) {
        return new CaseApi(baseUrl, http, json, jdbc, redis, path -> header, contractChecked);
    }

    /** The same API, with no Authorization header at all. */
    public CaseApi anonymous() {
        return new CaseApi(baseUrl, http, json, jdbc, redis, path -> null, contractChecked);
    }

    /**
     * The same API, its answers not held to the contract: only for a known drift the test names
     * (every answer is checked otherwise).
     */
    public CaseApi withoutContractCheck() {
        return new CaseApi(baseUrl, http, json, jdbc, redis, authorization, false);
    }

    private static @Nullable String integratorOfPathTenant(String rawPath) {
        if (rawPath.startsWith("/internal/")) {
            // The internal API is tenant-service's to call, with its service token.
            return "Bearer " + TestTokens.ISSUER.serviceToken("tenant-service");
        }
        Matcher tenant = TENANT_PATH.matcher(rawPath);
        return tenant.find() ? "Bearer " + TestTokens.integrator(tenant.group(1)) : null;
    }

    /** A tenant code no other test uses, such as {@code iso-a-7}. */
    public static TenantCode newTenantCode(String prefix) {
        return new TenantCode(prefix + "-" + TENANTS.incrementAndGet());
    }

    /**
     * A tenant set up as tenant-service would: schema created, case-service provisioned, and the
     * center's configuration published: the default center of {@link CenterSnapshots} rooted at
     * the division code, with the given org units below it. {@link Requests}' ready-made matters
     * are registered at {@link Requests#ORG_UNIT} whatever the tenant, so every center gets an org
     * unit of that code too (tenants can share unit codes: each has its own tree).
     */
    public TenantCode onboard(String prefix, String divisionCode, String... orgUnits) {
        return onboard(prefix, divisionCode, center -> center.orgUnits(orgUnits));
    }

    /** A tenant onboarded as by {@link #onboard(String, String, String...)}, its center shaped by the test. */
    public TenantCode onboard(String prefix, String divisionCode, UnaryOperator<CenterSnapshots.Snapshot> shapeCenter) {
        TenantCode tenant = newTenantCode(prefix);
        createSchema(tenant);
        Response provisioned = provision(tenant.value(), divisionCode);
        if (provisioned.status() != 200) {
            throw new IllegalStateException("provisioning failed: " + provisioned);
        }
        // Written, not announced: no replica can hold a snapshot of a tenant this new, and an
        // announcement arriving late would evict what a test has just made a replica cache.
        writeSnapshot(shapeCenter.apply(centerOf(tenant, divisionCode)));
        return tenant;
    }

    /** The default center of a tenant as {@link #onboard} configures it, to change and configure again. */
    public static CenterSnapshots.Snapshot centerOf(TenantCode tenant, String divisionCode, String... orgUnits) {
        return CenterSnapshots.center(tenant, divisionCode)
                .orgUnit(Requests.ORG_UNIT)
                .orgUnits(orgUnits);
    }

    /** Publishes the snapshot as tenant-service does after a change: written to Redis, then announced. */
    public void configure(CenterSnapshots.Snapshot snapshot) {
        writeSnapshot(snapshot);
        announce(snapshot.tenant(), snapshot.etag());
    }

    /** Writes the snapshot to Redis without announcing it (as if the announcement were lost). */
    public void writeSnapshot(CenterSnapshots.Snapshot snapshot) {
        redis.opsForValue().set(snapshotKey(snapshot.tenant()), json.writeValueAsString(snapshot.json()));
    }

    /** Announces a change of the tenant's configuration on tenant-service's channel. */
    public void announce(TenantCode tenant, String etag) {
        redis.convertAndSend(
                "onedoor:config-changed", json.writeValueAsString(Map.of("tenant", tenant.value(), "etag", etag)));
    }

    /** Removes the tenant's snapshot from Redis. */
    public void removeSnapshot(TenantCode tenant) {
        redis.delete(snapshotKey(tenant));
    }

    private static String snapshotKey(TenantCode tenant) {
        return "onedoor:config-snapshot:" + tenant.value();
    }

    public void createSchema(TenantCode tenant) {
        jdbc.execute("create schema " + tenant.quotedSchemaName());
    }

    public Response provision(String tenant, String divisionCode) {
        return send("PUT", "/internal/v1/tenant-schemas/" + tenant, Map.of("divisionCode", divisionCode), null);
    }

    public Response register(TenantCode tenant, Object body) {
        return register(tenant, body, null);
    }

    public Response register(TenantCode tenant, Object body, @Nullable String idempotencyKey) {
        return send("POST", "/api/v1/tenants/" + tenant.value() + "/matters", body, idempotencyKey);
    }

    public Response get(TenantCode tenant, String matterId) {
        return send("GET", "/api/v1/tenants/" + tenant.value() + "/matters/" + matterId, null, null);
    }

    public Response list(TenantCode tenant, String query) {
        return send("GET", "/api/v1/tenants/" + tenant.value() + "/matters" + query, null, null);
    }

    /** Any request on a path given as is (already percent-encoded), for paths a client would not build. */
    public Response send(String method, String rawPath, @Nullable Object body, @Nullable String idempotencyKey) {
        return send(method, rawPath, body, idempotencyKey, Map.of());
    }

    /** Any request, with extra headers (such as ones a proxy might forward). */
    public Response send(
            String method,
            String rawPath,
            @Nullable Object body,
            @Nullable String idempotencyKey,
            Map<String, String> headers) {
        var request = http.method(HttpMethod.valueOf(method))
                .uri(URI.create(baseUrl + rawPath))
                .accept(
                        rawPath.contains("/attachments/")
                                ? new MediaType[] {MediaType.ALL}
                                : new MediaType[] {MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON});
        String credentials = authorization.apply(rawPath);
        if (credentials != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, credentials);
        }
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        for (var header : headers.entrySet()) {
            request = request.header(header.getKey(), header.getValue());
        }
        if (body instanceof Binary file) {
            request = request.contentType(MediaType.parseMediaType(file.contentType()))
                    .body(file.bytes());
        } else if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON)
                    .body(body instanceof String text ? text : json.writeValueAsString(body));
        }
        return request.exchange((req, res) -> {
            byte[] bytes = res.getBody().readAllBytes();
            Map<String, List<String>> answered = new LinkedHashMap<>();
            res.getHeaders().forEach(answered::put);
            if (contractChecked) {
                // Every answer a test receives keeps the API's contract, or the test fails here.
                ApiContract.platform()
                        .check(method, rawPath, res.getStatusCode().value(), answered, bytes);
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            boolean isJson = res.getHeaders().getContentType() != null
                    && res.getHeaders().getContentType().getSubtype().endsWith("json");
            JsonNode node = isJson && !text.isEmpty() ? json.readTree(text) : json.createObjectNode();
            return new Response(res.getStatusCode().value(), res.getHeaders(), node, text);
        });
    }

    /** A body sent as is (a file), with its declared type. */
    public record Binary(byte[] bytes, String contentType) {}

    /** An HTTP answer: status, headers and body (as JSON and as text). */
    public record Response(int status, HttpHeaders headers, JsonNode body, String text) {

        public String problemType() {
            return body.path("type").asString();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Lazy
        CaseApi caseApi(Environment environment, JsonMapper json, DataSource dataSource, StringRedisTemplate redis) {
            // Lazy: the port is known only once the server has started.
            return new CaseApi(
                    "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port"),
                    json,
                    dataSource,
                    redis);
        }
    }
}
