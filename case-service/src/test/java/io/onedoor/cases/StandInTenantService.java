package io.onedoor.cases;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.onedoor.support.tenancy.TenantCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server standing in for tenant-service's {@code getConfigurationSnapshot}, one for
 * the test JVM (so every test context has the same settings and Spring's context cache keeps
 * serving one context). Like tenant-service it answers case-service's service token only (401
 * otherwise), then only for tenants a test told it about, 404 for the others, and 503 for all
 * while told to fail.
 */
public final class StandInTenantService {

    public static final StandInTenantService INSTANCE = start();

    private static final String PATH = "/internal/v1/tenant-configurations/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final Map<String, CenterSnapshots.Snapshot> snapshots = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final AtomicInteger unauthorized = new AtomicInteger();
    private volatile boolean failing;

    private StandInTenantService(HttpServer server) {
        this.server = server;
        server.createContext(PATH, this::answer);
        server.start();
    }

    private static StandInTenantService start() {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            var standIn = new StandInTenantService(server);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            return standIn;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves this snapshot for its tenant from now on. */
    public void serve(CenterSnapshots.Snapshot snapshot) {
        snapshots.put(snapshot.tenant().value(), snapshot);
    }

    /** Answers every request with 503 while set. */
    public void failing(boolean failing) {
        this.failing = failing;
    }

    /** How many requests came without case-service's valid service token (and were refused). */
    public int unauthorizedRequests() {
        return unauthorized.get();
    }

    /** How many snapshot requests named the tenant. */
    public int requestsFor(TenantCode tenant) {
        AtomicInteger count = requests.get(tenant.value());
        return count == null ? 0 : count.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String tenant = exchange.getRequestURI().getPath().substring(PATH.length());
            requests.computeIfAbsent(tenant, t -> new AtomicInteger()).incrementAndGet();
            CenterSnapshots.Snapshot snapshot = snapshots.get(tenant);
            // As tenant-service does: case-service's service token, or nothing.
            if (!TestTokens.ISSUER.isServiceToken(
                    exchange.getRequestHeaders().getFirst("Authorization"), "case-service")) {
                unauthorized.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            if (failing || !"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            if (snapshot == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("ETag", snapshot.etag());
            if (snapshot.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            byte[] body = JSON.writeValueAsString(snapshot.json()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    /** Points the service at the stand-in. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        DynamicPropertyRegistrar standInTenantService() {
            return registry -> registry.add("onedoor.services.tenant-service-url", INSTANCE::url);
        }
    }
}
