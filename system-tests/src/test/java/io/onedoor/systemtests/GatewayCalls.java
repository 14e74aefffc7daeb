package io.onedoor.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Plain HTTP calls through the gateway of the platform under test, as a console or script makes them. */
final class GatewayCalls {

    private static final HttpClient HTTP = CheckedHttpClient.create();

    private final URI gateway;

    GatewayCalls(URI gateway) {
        this.gateway = gateway;
    }

    /** A call with a bearer token and, when given, a JSON body and an If-Match. */
    HttpResponse<String> send(String method, String path, String token, @Nullable String body, @Nullable String ifMatch)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path))
                .header("Authorization", "Bearer " + token)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A file sent as the body, with its declared type; the answer read as bytes. */
    HttpResponse<byte[]> sendFile(String method, String path, String token, byte[] file, String contentType)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(file))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A GET of a file, read as bytes. */
    HttpResponse<byte[]> download(String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Repeats a call until it answers the status, for at most five seconds: case-service learns
     * of a configuration change by a Redis message, a moment after the save has answered.
     */
    static HttpResponse<String> await(Call call, int status) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        HttpResponse<String> answer;
        do {
            answer = call.send();
            if (answer.statusCode() == status) {
                return answer;
            }
            Thread.sleep(100);
        } while (Instant.now().isBefore(deadline));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        return answer;
    }

    @FunctionalInterface
    interface Call {
        HttpResponse<String> send() throws Exception;
    }
}
