package io.onedoor.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Stands in for a downstream service: records every request that reaches it (path as received and
 * headers) and answers JSON. As tenant-service it also answers the internal directory lookup with
 * whatever the test put there, 404 otherwise.
 */
public final class StandInService implements AutoCloseable {

    static final String DIRECTORY_LOOKUP = "/internal/v1/tenant-directory/";

    private final String name;
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, String> directory = new ConcurrentHashMap<>();
    private volatile Predicate<@Nullable String> directoryCredential = authorization -> true;

    private StandInService(String name) throws IOException {
        this.name = name;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public static StandInService start(String name) {
        try {
            return new StandInService(name);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the " + name + " stand-in", e);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Requests other than directory lookups: what the gateway forwarded. */
    public List<Received> forwarded() {
        return received.stream()
                .filter(request -> !request.path().startsWith(DIRECTORY_LOOKUP))
                .toList();
    }

    public List<Received> forwardedFor(String tenant) {
        return forwarded().stream()
                .filter(request -> request.path().startsWith("/api/v1/tenants/" + tenant + "/"))
                .toList();
    }

    public List<Received> directoryLookups() {
        return received.stream()
                .filter(request -> request.path().startsWith(DIRECTORY_LOOKUP))
                .toList();
    }

    /**
     * Answers directory lookups only with an Authorization header that passes, 401 otherwise, as
     * tenant-service answers a lookup without the gateway's service token.
     */
    public void guardDirectory(Predicate<@Nullable String> credential) {
        this.directoryCredential = credential;
    }

    /** What this stand-in, as tenant-service, answers when asked about the tenant. */
    public void listInDirectory(String tenant, String entryJson) {
        directory.put(tenant, entryJson);
    }

    public void reset() {
        received.clear();
        directory.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(exchange.getRequestHeaders());
        String path = exchange.getRequestURI().getRawPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(
                exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), headers, body));
        if (path.startsWith(DIRECTORY_LOOKUP)) {
            if (!directoryCredential.test(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                answer(exchange, 401, "application/problem+json", "{\"type\":\"about:blank\",\"status\":401}");
                return;
            }
            String entry = directory.get(path.substring(DIRECTORY_LOOKUP.length()));
            if (entry == null) {
                answer(exchange, 404, "application/problem+json", "{\"type\":\"about:blank\",\"status\":404}");
            } else {
                answer(exchange, 200, "application/json", entry);
            }
            return;
        }
        answer(exchange, 200, "application/json", "{\"servedBy\":\"" + name + "\"}");
    }

    private static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** One request as the service received it. */
    public record Received(
            String method, String path, @Nullable String query, Map<String, List<String>> headers, String body) {

        public @Nullable String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : String.join(", ", values);
        }

        public boolean hasHeader(String name) {
            return headers.containsKey(name);
        }
    }
}
