package io.onedoor.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Another case-service replica in this JVM, on the test's database and Redis, with the test
 * issuer and keys and a small pool; {@code overrides} ({@code key=value}) replace any of these.
 */
public final class Replica {

    private Replica() {}

    public static ConfigurableApplicationContext start(Environment environment, String... overrides) {
        return start(environment, List.of(), overrides);
    }

    /** A replica with these configuration classes besides the service's own (a test's listener, say). */
    public static ConfigurableApplicationContext start(
            Environment environment, List<Class<?>> sources, String... overrides) {
        return new SpringApplicationBuilder(CaseServiceApplication.class)
                .sources(sources.toArray(Class<?>[]::new))
                .properties(properties(environment, overrides))
                .run();
    }

    /** The settings of a replica, also for one started in a JVM of its own. */
    public static Map<String, Object> properties(Environment environment, String... overrides) {
        Map<String, Object> properties = new LinkedHashMap<>();
        put(properties, "spring.config.name=case-service");
        put(properties, "server.port=0");
        put(properties, "spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"));
        put(properties, "spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"));
        put(properties, "spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""));
        put(properties, "spring.datasource.hikari.maximum-pool-size=4");
        // Each startup migration holds up to two connections of the small pool.
        put(properties, "onedoor.case.schema-migrations.parallelism=1");
        put(properties, "spring.data.redis.host=" + environment.getProperty("spring.data.redis.host", "127.0.0.1"));
        put(properties, "spring.data.redis.port=" + environment.getProperty("spring.data.redis.port", "6379"));
        put(properties, "spring.data.redis.database=" + environment.getProperty("spring.data.redis.database", "0"));
        put(properties, "onedoor.pii.key=" + CaseServiceTest.PII_KEY);
        put(properties, "onedoor.cursor.key=" + CaseServiceTest.CURSOR_KEY);
        properties.putAll(TestTokens.properties());
        for (String override : overrides) {
            put(properties, override);
        }
        return properties;
    }

    /** The replica's base URL. */
    public static String url(ConfigurableApplicationContext replica) {
        return "http://127.0.0.1:" + replica.getEnvironment().getRequiredProperty("local.server.port");
    }

    private static void put(Map<String, Object> properties, String keyValue) {
        int equals = keyValue.indexOf('=');
        properties.put(keyValue.substring(0, equals), keyValue.substring(equals + 1));
    }
}
