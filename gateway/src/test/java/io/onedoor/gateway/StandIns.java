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

    /** The gateway's service secret, which the stand-in issuer accepts. */
    static final String GATEWAY_SECRET = "gateway-secret-for-tests";

    /** As tenant-service, answering directory lookups to the gateway's service token only. */
    @Bean(destroyMethod = "close")
    StandInService tenantService(TestIssuer issuer) {
        StandInService tenantService = StandInService.start("tenant-service");
        tenantService.guardDirectory(authorization -> issuer.isServiceToken(authorization, "gateway"));
        return tenantService;
    }

    @Bean(destroyMethod = "close")
    TestIssuer issuer() {
        return TestIssuer.start().acceptServiceClient("gateway", GATEWAY_SECRET);
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
            registry.add("onedoor.gateway.service-credentials.secret", () -> GATEWAY_SECRET);
            registry.add("onedoor.gateway.service-credentials.token-uri", issuer::tokenUri);
        };
    }
}
