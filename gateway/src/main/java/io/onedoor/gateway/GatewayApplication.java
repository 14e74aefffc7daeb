package io.onedoor.gateway;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The platform's only public entry. Routes {@code /api/v1/tenants/{tenant}/...} to the owning
 * service once the tenant is known to be ACTIVE, and never forwards anything else.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        // Named config file, so the services can share one test JVM without reading each other's.
        new SpringApplicationBuilder(GatewayApplication.class)
                .properties("spring.config.name=gateway")
                .run(args);
    }
}
