package io.onedoor.tenants;

import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The tenant service: the registry of governance centers and their onboarding, and the platform's
 * identity (accounts, clients, the authorization server, the audit log).
 */
@SpringBootApplication
@EnableConfigurationProperties({IdentityProperties.class, TokenProperties.class})
public class TenantServiceApplication {

    /**
     * Settings taken from the platform's environment variables. They are default properties, the
     * lowest precedence, so that anything else wins, including the properties of a caller that
     * starts the service in-process; in tenant-service.yml they would override such a caller.
     */
    static final Map<String, Object> ENVIRONMENT_DEFAULTS = Map.ofEntries(
            Map.entry("server.port", "${ONEDOOR_TENANT_SERVICE_PORT:8081}"),
            Map.entry("spring.datasource.url", "${ONEDOOR_DB_URL:jdbc:postgresql://127.0.0.1:5432/onedoor}"),
            Map.entry("spring.datasource.username", "${ONEDOOR_DB_USER:postgres}"),
            Map.entry("spring.datasource.password", "${ONEDOOR_DB_PASSWORD:}"),
            Map.entry("spring.data.redis.host", "${ONEDOOR_REDIS_HOST:127.0.0.1}"),
            Map.entry("spring.data.redis.port", "${ONEDOOR_REDIS_PORT:6379}"),
            Map.entry("onedoor.services.case-service-url", "${ONEDOOR_CASE_SERVICE_URL:http://127.0.0.1:8082}"),
            Map.entry("onedoor.security.issuer", "${ONEDOOR_ISSUER:http://localhost:8080}"),
            // A login session (Redis) lives this long after its last request.
            Map.entry("spring.session.timeout", "${ONEDOOR_LOGIN_SESSION_TIMEOUT:30m}"),
            // Unset: the cookie is Secure when the request came over https (X-Forwarded-Proto).
            Map.entry("server.servlet.session.cookie.secure", "${ONEDOOR_SESSION_COOKIE_SECURE:}"),
            // Required, without a default: the service refuses to start without it.
            Map.entry("onedoor.identity.key-encryption-key", "${ONEDOOR_KEY_ENCRYPTION_KEY:}"),
            Map.entry(
                    "onedoor.identity.console.redirect-uris",
                    "${ONEDOOR_CONSOLE_REDIRECT_URIS:http://localhost:8080/console/callback}"),
            Map.entry("onedoor.identity.bootstrap.operator.client-id", "${ONEDOOR_BOOTSTRAP_CLIENT_ID:}"),
            Map.entry("onedoor.identity.bootstrap.operator.secret", "${ONEDOOR_BOOTSTRAP_CLIENT_SECRET:}"),
            Map.entry("onedoor.identity.bootstrap.operator.province", "${ONEDOOR_BOOTSTRAP_PROVINCE:}"),
            Map.entry("onedoor.identity.bootstrap.platform-admin.username", "${ONEDOOR_PLATFORM_ADMIN_USERNAME:}"),
            Map.entry("onedoor.identity.bootstrap.platform-admin.password", "${ONEDOOR_PLATFORM_ADMIN_PASSWORD:}"));

    public static void main(String[] args) {
        // Named config file, so that several services can share one JVM in tests.
        new SpringApplicationBuilder(TenantServiceApplication.class)
                .properties("spring.config.name=tenant-service")
                .properties(ENVIRONMENT_DEFAULTS)
                .run(args);
    }
}
