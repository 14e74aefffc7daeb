package io.onedoor.tenants;

import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The tenant service: the registry of governance centers and their onboarding. */
@SpringBootApplication
public class TenantServiceApplication {

    /**
     * Settings taken from the platform's environment variables. They are default properties, the
     * lowest precedence, so that anything else wins, including the properties of a caller that
     * starts the service in-process; in tenant-service.yml they would override such a caller.
     */
    static final Map<String, Object> ENVIRONMENT_DEFAULTS = Map.of(
            "server.port", "${ONEDOOR_TENANT_SERVICE_PORT:8081}",
            "spring.datasource.url", "${ONEDOOR_DB_URL:jdbc:postgresql://127.0.0.1:5432/onedoor}",
            "spring.datasource.username", "${ONEDOOR_DB_USER:postgres}",
            "spring.datasource.password", "${ONEDOOR_DB_PASSWORD:}",
            "spring.data.redis.host", "${ONEDOOR_REDIS_HOST:127.0.0.1}",
            "spring.data.redis.port", "${ONEDOOR_REDIS_PORT:6379}",
            "onedoor.services.case-service-url", "${ONEDOOR_CASE_SERVICE_URL:http://127.0.0.1:8082}");

    public static void main(String[] args) {
        // Named config file, so that several services can share one JVM in tests.
        new SpringApplicationBuilder(TenantServiceApplication.class)
                .properties("spring.config.name=tenant-service")
                .properties(ENVIRONMENT_DEFAULTS)
                .run(args);
    }
}
