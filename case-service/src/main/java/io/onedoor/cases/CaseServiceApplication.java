package io.onedoor.cases;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The case service: matters registered at a governance center, each tenant in its own schema. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CaseServiceApplication {

    public static void main(String[] args) {
        // Named config file, so that several services can share one JVM in tests.
        new SpringApplicationBuilder(CaseServiceApplication.class)
                .properties("spring.config.name=case-service")
                .run(args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
