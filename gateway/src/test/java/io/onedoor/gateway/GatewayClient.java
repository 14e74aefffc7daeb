package io.onedoor.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the running gateway that sends paths exactly as given (no encoding, no normalizing). */
final class GatewayClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final int port;

    GatewayClient(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String rawPath, String... headerNamesAndValues) {
        return send("GET", rawPath, null, headerNamesAndValues);
    }

    HttpResponse<String> send(String method, String rawPath, String body, String... headerNamesAndValues) {
        return sendBody(
                method,
                rawPath,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body),
                body == null ? null : "application/json",
                headerNamesAndValues);
    }

    /** A POST of an HTML form (application/x-www-form-urlencoded), as a browser or OAuth2 client sends it. */
    HttpResponse<String> postForm(String rawPath, String form, String... headerNamesAndValues) {
        return sendBody(
                "POST",
                rawPath,
                HttpRequest.BodyPublishers.ofString(form),
                "application/x-www-form-urlencoded",
                headerNamesAndValues);
    }

    HttpResponse<String> sendBody(
            String method,
            String rawPath,
            HttpRequest.BodyPublisher body,
            String contentType,
            String... headerNamesAndValues) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + rawPath))
                .timeout(Duration.ofSeconds(10))
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headerNamesAndValues.length; i += 2) {
            request.header(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Asserts the response is the problem of the given kind and status, carrying the request id the
     * response header names, and returns its body.
     */
    static JsonNode assertProblem(HttpResponse<String> response, int status, String kind) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://onedoor.io/problems/" + kind);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.path("requestId").asString())
                .isNotBlank()
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        return problem;
    }
}
