package io.onedoor.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Real PostgreSQL and Redis for an integration test's application context.
 *
 * <p>Where a Docker engine answers, both run in Testcontainers. Otherwise the local services are
 * used: PostgreSQL from {@code ONEDOOR_TEST_PG_URL} (default {@code
 * jdbc:postgresql://127.0.0.1:5432/postgres}, user {@code ONEDOOR_TEST_PG_USER}, default {@code
 * postgres}), in a database created fresh for this context and dropped when the JVM exits; Redis
 * from {@code ONEDOOR_TEST_REDIS_HOST}/{@code ONEDOOR_TEST_REDIS_PORT} (default 127.0.0.1:6379), in
 * a logical database claimed for this context and flushed before use.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RealServices {

    private static volatile Boolean dockerAvailable;

    static boolean dockerAvailable() {
        Boolean known = dockerAvailable;
        if (known == null) {
            try {
                known = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException e) {
                known = false;
            }
            dockerAvailable = known;
        }
        return known;
    }

    @Bean
    @ServiceConnection
    @Conditional(WithDocker.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer("postgres:17-alpine");
    }

    @Bean
    @ServiceConnection(name = "redis")
    @Conditional(WithDocker.class)
    GenericContainer<?> redisContainer() {
        return new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
    }

    @Bean
    @Conditional(WithoutDocker.class)
    DynamicPropertyRegistrar localServices() {
        LocalDatabase database = LocalDatabase.createFresh();
        int redisDatabase = LocalRedis.flushFreshDatabase();
        return registry -> {
            registry.add("spring.datasource.url", database::url);
            registry.add("spring.datasource.username", database::user);
            registry.add("spring.datasource.password", database::password);
            registry.add("spring.data.redis.host", LocalRedis::host);
            registry.add("spring.data.redis.port", LocalRedis::port);
            registry.add("spring.data.redis.database", () -> redisDatabase);
        };
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static final class WithDocker implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return dockerAvailable();
        }
    }

    static final class WithoutDocker implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !dockerAvailable();
        }
    }

    /** A database created for one test context on the local server, dropped at JVM exit. */
    record LocalDatabase(String url, String user, String password) {

        static LocalDatabase createFresh() {
            String adminUrl = env("ONEDOOR_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
            String user = env("ONEDOOR_TEST_PG_USER", "postgres");
            String password = env("ONEDOOR_TEST_PG_PASSWORD", "");
            String name = "onedoor_it_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                    + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
            execute(adminUrl, user, password, "create database " + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    execute(adminUrl, user, password, "drop database if exists " + name + " with (force)");
                } catch (RuntimeException ignored) {
                    // The server may already be gone; a leftover test database is harmless.
                }
            }));
            int slash = adminUrl.lastIndexOf('/');
            int query = adminUrl.indexOf('?', slash);
            String url = adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
            return new LocalDatabase(url, user, password);
        }

        private static void execute(String url, String user, String password, String sql) {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("local PostgreSQL at " + url + " refused: " + e.getMessage(), e);
            }
        }
    }

    /**
     * The local Redis. Each test context claims one logical database (1-15) for as long as its JVM
     * lives, by an expiring claim key in database 0 that names it; only a claimed database is
     * flushed, so contexts of one run, or of runs side by side, never flush each other's data.
     */
    static final class LocalRedis {

        private static final String CLAIM_PREFIX = "onedoor:test-database-claim:";
        private static final int CLAIM_SECONDS = 4 * 3600;

        static String host() {
            return env("ONEDOOR_TEST_REDIS_HOST", "127.0.0.1");
        }

        static int port() {
            return Integer.parseInt(env("ONEDOOR_TEST_REDIS_PORT", "6379"));
        }

        static int flushFreshDatabase() {
            String owner = ProcessHandle.current().pid() + "-" + System.nanoTime();
            int offset = ThreadLocalRandom.current().nextInt(15);
            for (int i = 0; i < 15; i++) {
                int database = 1 + (offset + i) % 15;
                String claimed =
                        command("SELECT 0", "SET " + CLAIM_PREFIX + database + " " + owner + " NX EX " + CLAIM_SECONDS);
                if (claimed.contains("+OK\r\n+OK")) {
                    String flushed = command("SELECT " + database, "FLUSHDB");
                    if (!flushed.equals("+OK\r\n+OK\r\n")) {
                        throw new IllegalStateException("local Redis refused to flush: " + flushed.strip());
                    }
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            command("SELECT 0", "DEL " + CLAIM_PREFIX + database);
                        } catch (RuntimeException ignored) {
                            // The claim expires on its own.
                        }
                    }));
                    return database;
                }
            }
            throw new IllegalStateException("all 15 Redis test databases are claimed by other test runs");
        }

        /** Sends two commands on one connection and returns both replies. */
        private static String command(String first, String second) {
            try (Socket socket = new Socket(host(), port())) {
                socket.setSoTimeout(5000);
                OutputStream out = socket.getOutputStream();
                out.write((first + "\r\n" + second + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return readLines(socket.getInputStream(), 2);
            } catch (IOException e) {
                throw new IllegalStateException("local Redis at " + host() + ":" + port() + " is not reachable", e);
            }
        }

        private static String readLines(InputStream in, int lines) throws IOException {
            StringBuilder text = new StringBuilder();
            int seen = 0;
            while (seen < lines) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                text.append((char) b);
                if (b == '\n') {
                    seen++;
                }
            }
            return text.toString();
        }
    }
}
