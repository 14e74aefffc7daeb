package io.onedoor.cases;

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
    static final Map<String, Object> ENVIRONMENT_DEFAULTS = Map.of(
            "server.port", "${ONEDOOR_CASE_SERVICE_PORT:8082}",
            "spring.datasource.url", "${ONEDOOR_DB_URL:jdbc:postgresql://127.0.0.1:5432/onedoor}",
            "spring.datasource.username", "${ONEDOOR_DB_USER:postgres}",
            "spring.datasource.password", "${ONEDOOR_DB_PASSWORD:}",
            "onedoor.security.issuer", "${ONEDOOR_ISSUER:" + TokenProperties.DEFAULT_ISSUER + "}",
            "onedoor.security.jwk-set-uri", "${ONEDOOR_JWKS_URI:" + TokenProperties.DEFAULT_JWK_SET_URI + "}");

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
