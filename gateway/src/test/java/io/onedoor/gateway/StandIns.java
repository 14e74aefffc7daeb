package io.onedoor.gateway;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** The two services behind the gateway, as stand-ins the routes point at. */
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

    @Bean
    DynamicPropertyRegistrar standInUrls(StandInService caseService, StandInService tenantService) {
        return registry -> {
            registry.add(
                    "onedoor.services.case-service-url", () -> caseService.url().toString());
            registry.add(
                    "onedoor.services.tenant-service-url",
                    () -> tenantService.url().toString());
        };
    }
}
