package io.onedoor.tenants;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The provincial operator's side of the tenant API, over HTTP, answering status and JSON as sent. */
@TestComponent
public class OperatorApi {

    private final Environment environment;
    private final JsonMapper json;

    OperatorApi(Environment environment, JsonMapper json) {
        this.environment = environment;
        this.json = json;
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
        return send(client().post()
                .uri("/api/v1/tenants")
                .contentType(MediaType.APPLICATION_JSON)
                .body(request));
    }

    public Answer onboardRaw(String request) {
        return send(client().post()
                .uri("/api/v1/tenants")
                .contentType(MediaType.APPLICATION_JSON)
                .body(request));
    }

    public Answer get(String code) {
        return send(client().get().uri("/api/v1/tenants/{code}", code));
    }

    public Answer list(String query) {
        return send(client().get().uri("/api/v1/tenants?" + query));
    }

    public Answer suspend(String code, String reason, @Nullable String ifMatch) {
        var request = client().put()
                .uri("/api/v1/tenants/{code}/suspension", code)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", reason));
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return send(request);
    }

    public Answer resume(String code, @Nullable String ifMatch) {
        var request = client().delete().uri("/api/v1/tenants/{code}/suspension", code);
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return send(request);
    }

    public Answer lookUpDirectory(String code) {
        return send(client().get().uri("/internal/v1/tenant-directory/{tenant}", code));
    }

    private Answer send(RestClient.RequestHeadersSpec<?> request) {
        return request.exchange((req, response) -> {
            byte[] body = response.getBody().readAllBytes();
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
