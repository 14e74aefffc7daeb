package io.onedoor.gateway;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The platform's only public entry. Forwards an API request to the owning service only once the
 * caller's token verifies, the spec's access rules allow the operation, the tenant is ACTIVE and
 * neither the client's nor the tenant's rate limit is exceeded; forwards the authorization
 * server's endpoints as they are; never forwards anything else.
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
