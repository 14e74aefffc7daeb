package io.onedoor.gateway;

import io.onedoor.testsupport.TestIssuer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The two services behind the gateway, as stand-ins the routes point at, and a stand-in issuer
 * whose published keys the gateway verifies tokens with.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StandIns {

    @Bean(destroyMethod = "close")
    StandInService caseService() {
        return StandInService.start("case-service");
    }

    @Bean(destroyMethod = "close")
    StandInService tenantService() {
        return StandInService.start("tenant-service");
    }

    @Bean(destroyMethod = "close")
    TestIssuer issuer() {
        return TestIssuer.start();
    }

    @Bean
    Tokens tokens(TestIssuer issuer) {
        return new Tokens(issuer);
    }

    @Bean
    DynamicPropertyRegistrar standInUrls(StandInService caseService, StandInService tenantService, TestIssuer issuer) {
        return registry -> {
            registry.add(
                    "onedoor.services.case-service-url", () -> caseService.url().toString());
            registry.add(
                    "onedoor.services.tenant-service-url",
                    () -> tenantService.url().toString());
            registry.add("onedoor.security.issuer", issuer::issuer);
            registry.add("onedoor.security.jwk-set-uri", issuer::jwkSetUri);
        };
    }
}
