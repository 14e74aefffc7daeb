package io.onedoor.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bearer-authenticated JSON calls to the gateway, for the identity API the launcher uses. */
final class JsonCalls {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI gateway;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    JsonCalls(URI gateway) {
        this.gateway = gateway;
    }

    /** An answer: its status and its body (a missing node when there was none). */
    record Answer(int status, JsonNode body) {}

    Answer post(String path, String token, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(gateway.resolve(path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(), response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body()));
    }

    Answer get(String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(gateway.resolve(path))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(), response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body()));
    }
}
