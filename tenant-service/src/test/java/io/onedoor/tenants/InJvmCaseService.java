package io.onedoor.tenants;

import com.sun.net.httpserver.HttpServer;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.tenancy.TenantSchemaMigrator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * case-service for tests, on a port fixed for the JVM so it can be stopped and started again
 * while tenant-service keeps pointing at it.
 *
 * <p>TEMPORARY STAND-IN: until case-service's jar is installed, this answers its provisioning call
 * with a minimal HTTP server that migrates stand-in tables (db/stand-in-case) with case-service's
 * history table. To be replaced by the real CaseServiceApplication.
 */
public class InJvmCaseService implements DisposableBean {

    /** Chosen once per JVM, so the URL tenant-service was configured with stays right across restarts. */
    static final int PORT = freePort();

    private final Environment environment;
    private @Nullable HttpServer running;

    InJvmCaseService(Environment environment) {
        this.environment = environment;
    }

    public synchronized void start() {
        if (running != null) {
            return;
        }
        var dataSource = new DriverManagerDataSource(
                environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password", ""));
        var migrator = new TenantSchemaMigrator(dataSource, "classpath:db/stand-in-case", "case_schema_history");
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 16);
            server.createContext("/internal/v1/tenant-schemas/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                var tenant = TenantCode.parse(path.substring(path.lastIndexOf('/') + 1));
                exchange.getRequestBody().readAllBytes();
                int status;
                String body;
                if (!"PUT".equals(exchange.getRequestMethod()) || tenant.isEmpty()) {
                    status = 404;
                    body = "{}";
                } else if (!migrator.schemaExists(tenant.get())) {
                    status = 404;
                    body = "{\"type\":\"https://onedoor.io/problems/tenant-schema-missing\"}";
                } else {
                    var outcome = migrator.migrate(tenant.get());
                    status = 200;
                    body = "{\"tenant\":\"%s\",\"schemaVersion\":\"%s\",\"migrationsApplied\":%d,\"durationMs\":%d}"
                            .formatted(
                                    tenant.get().value(),
                                    outcome.version(),
                                    outcome.migrationsApplied(),
                                    outcome.duration().toMillis());
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            running = server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void stop() {
        if (running != null) {
            running.stop(0);
            running = null;
        }
    }

    @Override
    public void destroy() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points tenant-service at the in-JVM case-service. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Wiring {

        @Bean
        DynamicPropertyRegistrar caseServiceUrl() {
            return registry -> registry.add("onedoor.services.case-service-url", () -> "http://127.0.0.1:" + PORT);
        }

        @Bean
        InJvmCaseService inJvmCaseService(Environment environment) {
            return new InJvmCaseService(environment);
        }
    }
}
