package io.onedoor.cases;

import io.onedoor.support.tenancy.TenantCode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's HTTP API as a test drives it, plus the one thing tenant-service does before
 * provisioning: creating the tenant's schema.
 */
public class CaseApi {

    private static final AtomicInteger TENANTS = new AtomicInteger();

    private final String baseUrl;
    private final RestClient http;
    private final JsonMapper json;
    private final JdbcTemplate jdbc;

    CaseApi(String baseUrl, JsonMapper json, DataSource dataSource) {
        this.baseUrl = baseUrl;
        this.http = RestClient.builder()
                .requestFactory(new JdkClientHttpRequestFactory())
                .build();
        this.json = json;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** A tenant code no other test uses, such as {@code iso-a-7}. */
    public static TenantCode newTenantCode(String prefix) {
        return new TenantCode(prefix + "-" + TENANTS.incrementAndGet());
    }

    /** A tenant set up as tenant-service would: schema created, then case-service provisioned. */
    public TenantCode onboard(String prefix, String divisionCode) {
        TenantCode tenant = newTenantCode(prefix);
        createSchema(tenant);
        Response provisioned = provision(tenant.value(), divisionCode);
        if (provisioned.status() != 200) {
            throw new IllegalStateException("provisioning failed: " + provisioned);
        }
        return tenant;
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
        var request = http.method(HttpMethod.valueOf(method))
                .uri(URI.create(baseUrl + rawPath))
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON)
                    .body(body instanceof String text ? text : json.writeValueAsString(body));
        }
        return request.exchange((req, res) -> {
            byte[] bytes = res.getBody().readAllBytes();
            String text = new String(bytes, StandardCharsets.UTF_8);
            boolean isJson = res.getHeaders().getContentType() != null
                    && res.getHeaders().getContentType().getSubtype().endsWith("json");
            JsonNode node = isJson && !text.isEmpty() ? json.readTree(text) : json.createObjectNode();
            return new Response(res.getStatusCode().value(), res.getHeaders(), node, text);
        });
    }

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
        CaseApi caseApi(Environment environment, JsonMapper json, DataSource dataSource) {
            // Lazy: the port is known only once the server has started.
            return new CaseApi(
                    "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port"), json, dataSource);
        }
    }
}
