package io.onedoor.tenants;

import io.onedoor.cases.CaseServiceApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The real case-service, started from its jar in the test JVM on the same database and Redis as
 * tenant-service, on a port fixed for the JVM, so it can be stopped and started again (to play a
 * case-service outage) while tenant-service keeps pointing at it.
 */
public class InJvmCaseService implements DisposableBean {

    /** Chosen once per JVM, so the URL tenant-service was configured with stays right across restarts. */
    static final int PORT = freePort();

    /** Fixed test keys: 32 bytes each, base64. */
    private static final String PII_KEY = "MzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzM=";

    private static final String CURSOR_KEY = "REREREREREREREREREREREREREREREREREREREREREQ=";

    private final Environment environment;
    private @Nullable ConfigurableApplicationContext running;

    InJvmCaseService(Environment environment) {
        this.environment = environment;
    }

    public synchronized void start() {
        if (running != null) {
            return;
        }
        running = new SpringApplicationBuilder(CaseServiceApplication.class)
                .properties(
                        "spring.config.name=case-service",
                        "server.port=" + PORT,
                        "spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                        "spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
                        "spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                        "spring.data.redis.host=" + environment.getProperty("spring.data.redis.host", "127.0.0.1"),
                        "spring.data.redis.port=" + environment.getProperty("spring.data.redis.port", "6379"),
                        "spring.data.redis.database=" + environment.getProperty("spring.data.redis.database", "0"),
                        "spring.main.banner-mode=off",
                        // Configuration snapshots: from Redis, else from this tenant-service.
                        "onedoor.services.tenant-service-url=http://127.0.0.1:"
                                + environment.getRequiredProperty("local.server.port"),
                        "onedoor.pii.key=" + PII_KEY,
                        "onedoor.cursor.key=" + CURSOR_KEY,
                        // Trusts this tenant-service's tokens, and obtains its own service token there.
                        "onedoor.security.issuer="
                                + environment.getProperty("onedoor.security.issuer", "http://localhost:8080"),
                        "onedoor.security.jwk-set-uri=http://127.0.0.1:"
                                + environment.getRequiredProperty("local.server.port") + "/oauth2/jwks",
                        "onedoor.service-credentials.secret=" + TenantServiceTest.CASE_SERVICE_SECRET)
                .run();
    }

    public synchronized void stop() {
        if (running != null) {
            running.close();
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
