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
 * use tenant codes and divisions of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {"spring.config.name=tenant-service", "onedoor.provisioning.lock-wait=2s"},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({RealServices.class, InJvmCaseService.Wiring.class, OperatorApi.class, Registry.class})
public @interface TenantServiceTest {}
