package io.onedoor.cases;

import io.onedoor.cases.configuration.TenantServiceProperties;
import io.onedoor.cases.security.TokenProperties;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The case service: matters registered at a governance center, each tenant in its own schema. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CaseServiceApplication {

    /**
     * Settings taken from the platform's environment variables. They are default properties, the
     * lowest precedence, so anything else wins, including the properties of a test that starts
     * the service in-process.
     */
    static final Map<String, Object> ENVIRONMENT_DEFAULTS = Map.ofEntries(
            Map.entry("server.port", "${ONEDOOR_CASE_SERVICE_PORT:8082}"),
            Map.entry("spring.datasource.url", "${ONEDOOR_DB_URL:jdbc:postgresql://127.0.0.1:5432/onedoor}"),
            Map.entry("spring.datasource.username", "${ONEDOOR_DB_USER:postgres}"),
            Map.entry("spring.datasource.password", "${ONEDOOR_DB_PASSWORD:}"),
            Map.entry("spring.data.redis.host", "${ONEDOOR_REDIS_HOST:127.0.0.1}"),
            Map.entry("spring.data.redis.port", "${ONEDOOR_REDIS_PORT:6379}"),
            Map.entry(
                    "onedoor.services.tenant-service-url",
                    "${ONEDOOR_TENANT_SERVICE_URL:" + TenantServiceProperties.DEFAULT_URL + "}"),
            Map.entry("onedoor.security.issuer", "${ONEDOOR_ISSUER:" + TokenProperties.DEFAULT_ISSUER + "}"),
            Map.entry(
                    "onedoor.security.jwk-set-uri", "${ONEDOOR_JWKS_URI:" + TokenProperties.DEFAULT_JWK_SET_URI + "}"),
            // Required, without a default: the service refuses to start without it.
            Map.entry("onedoor.service-credentials.secret", "${ONEDOOR_SERVICE_SECRET_CASE_SERVICE:}"));

    public static void main(String[] args) {
        // Named config file, so that several services can share one JVM in tests.
        new SpringApplicationBuilder(CaseServiceApplication.class)
                .properties("spring.config.name=case-service")
                .properties(ENVIRONMENT_DEFAULTS)
                .run(args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
