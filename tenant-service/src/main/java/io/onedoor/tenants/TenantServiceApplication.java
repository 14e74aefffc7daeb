package io.onedoor.tenants;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class TenantServiceApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(TenantServiceApplication.class)
                .properties("spring.config.name=tenant-service")
                .run(args);
    }
}
