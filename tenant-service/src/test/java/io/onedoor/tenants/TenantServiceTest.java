package io.onedoor.tenants;

import io.onedoor.testsupport.RealServices;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * tenant-service on a random port against real PostgreSQL and Redis, with case-service running in
 * the same JVM on the same database. Every test class carrying this shares one context, so tests
 * use tenant codes and divisions of their own. Tokens come from the service's own authorization
 * server ({@link Tokens}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "spring.config.name=tenant-service",
            "onedoor.provisioning.lock-wait=2s",
            "onedoor.identity.bootstrap.platform-admin.username=" + TenantServiceTest.PLATFORM_ADMIN,
            "onedoor.identity.bootstrap.platform-admin.password=" + TenantServiceTest.PLATFORM_ADMIN_PASSWORD,
            // A fixed test key: 32 bytes, base64.
            "onedoor.identity.key-encryption-key=" + TenantServiceTest.KEY_ENCRYPTION_KEY
        },
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({
    RealServices.class,
    InJvmCaseService.Wiring.class,
    OperatorApi.class,
    Registry.class,
    Tokens.class,
    People.class
})
public @interface TenantServiceTest {

    String KEY_ENCRYPTION_KEY = "S0VLS0VLS0VLS0VLS0VLS0VLS0VLS0VLS0VLS0VLS0s=";

    /** The platform administrator configured for every test context; logs in as {@code platform.admin@000000}. */
    String PLATFORM_ADMIN = "platform.admin";

    String PLATFORM_ADMIN_PASSWORD = "platform admin password for tests";
}
