package io.onedoor.systemtests;

import io.onedoor.launcher.Infrastructure;
import io.onedoor.launcher.Platform;
import io.onedoor.launcher.Secrets;
import io.onedoor.launcher.ServiceJars;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One running platform for the whole system-test JVM: the three runnable jars as processes, on
 * a database created fresh for this run on the local PostgreSQL and a flushed Redis logical
 * database (or, on a machine with neither, embedded servers started by the launcher).
 * tenant-service runs as two replicas behind the gateway, so every login of every test crosses
 * them; each service writes an access log naming the gateway's request id ({@link #accessLogs}).
 */
final class PlatformUnderTest {

    /** The tenant whose rate limit the tests lower, to see a 429 without flooding anyone else. */
    static final String THROTTLED_TENANT = "nm-throttled";

    /** The tenant whose operator sets (and removes) a rate limit of its own through the API. */
    static final String LIMITED_TENANT = "nm-kezuozhong";

    /** Automation clients the tests use besides the demo's operator (all secrets random). */
    static final String OTHER_PROVINCE_OPERATOR = "st-operator-xinjiang";

    static final String SHORT_LIVED_OPERATOR = "st-operator-short";
    static final String SHORT_LIVED_JARUD = "st-jarud-short";
    static final String JARUD_READER = "st-jarud-reader";
    static final String JARUD_KPI = "st-jarud-kpi";
    static final String KAILU = "st-kailu";
    static final String NAIMAN = "st-naiman";
    static final String THROTTLED = "st-throttled";
    static final String LIMITED = "st-limited";
    static final String CLIENT_SECRET = "st-" + java.util.UUID.randomUUID();

    static final Secrets SECRETS = Secrets.random();

    private static Platform platform;
    private static Infrastructure.Redis redis;
    private static Path accessLogs;

    private PlatformUnderTest() {}

    static synchronized Platform get() throws Exception {
        if (platform == null) {
            platform = start();
        }
        return platform;
    }

    /** The Redis the platform under test uses (host, port and logical database). */
    static synchronized Infrastructure.Redis redis() throws Exception {
        get();
        return redis;
    }

    /** Where each service writes its access log, {@code <service>-<port>-access.log}. */
    static synchronized Path accessLogs() throws Exception {
        get();
        return accessLogs;
    }

    private static Platform start() throws Exception {
        Path state = Files.createTempDirectory("onedoor-system-test");
        Path logs =
                Path.of(System.getProperty("onedoor.logs", state.resolve("logs").toString()));
        accessLogs = logs.resolve("access");
        Files.createDirectories(accessLogs);
        Map<String, String> env = new HashMap<>(System.getenv());
        Infrastructure.Database database;
        Infrastructure infrastructure = null;
        String adminUrl = env.getOrDefault("ONEDOOR_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = env.getOrDefault("ONEDOOR_TEST_PG_USER", "postgres");
        String redisHost = env.getOrDefault("ONEDOOR_TEST_REDIS_HOST", "127.0.0.1");
        int redisPort = Integer.parseInt(env.getOrDefault("ONEDOOR_TEST_REDIS_PORT", "6379"));
        if (pgAnswers(adminUrl, user) && redisAnswers(redisHost, redisPort)) {
            String name = "onedoor_st_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
            execute(adminUrl, user, "create database " + name);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> execute(adminUrl, user, "drop database if exists " + name + " with (force)")));
            database = new Infrastructure.Database(
                    adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name, user, "", "local");
            int redisDatabase = ThreadLocalRandom.current().nextInt(1, 16);
            flushRedis(redisHost, redisPort, redisDatabase);
            redis = new Infrastructure.Redis(redisHost, redisPort, redisDatabase, "local");
        } else {
            Map<String, String> embedded = Map.of(
                    "ONEDOOR_INFRA", "embedded",
                    "ONEDOOR_EMBEDDED_POSTGRES_PORT", Integer.toString(freePort()),
                    "ONEDOOR_EMBEDDED_REDIS_PORT", Integer.toString(freePort()));
            infrastructure = Infrastructure.resolve(state, embedded);
            database = infrastructure.database();
            redis = infrastructure.redis();
        }
        Platform started = Platform.start(
                new Platform.Settings(
                        ServiceJars.fromDirectory(Path.of(System.getProperty("onedoor.service-jars"))),
                        Platform.Operator.demo(),
                        database,
                        redis,
                        SECRETS,
                        new Platform.Ports(freePort(), List.of(freePort(), freePort()), freePort()),
                        logs,
                        // Map keys with hyphens cannot be spelled as environment variables.
                        Map.of("SPRING_APPLICATION_JSON", settingsJson(accessLogs)),
                        List.of("-Xmx384m", "-XX:TieredStopAtLevel=1")),
                // Four JVMs starting at once on a small, shared machine.
                Duration.ofMinutes(6));
        Infrastructure owned = infrastructure;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.close();
            if (owned != null) {
                try {
                    owned.close();
                } catch (IOException ignored) {
                    // The JVM is exiting.
                }
            }
        }));
        return started;
    }

    /**
     * Settings for every service: a throttled tenant, no clock skew (so a token is expired the
     * moment it says so), the bootstrap clients the tests need, and an unbuffered access log per
     * service and port with the request id the gateway gave each request.
     */
    private static String settingsJson(Path accessLogs) {
        String clients = String.join(
                ",",
                client(OTHER_PROVINCE_OPERATOR, "OPERATOR", "650000", null, null, OPERATOR_SCOPES),
                client(SHORT_LIVED_OPERATOR, "OPERATOR", "150000", null, "1s", OPERATOR_SCOPES),
                client(SHORT_LIVED_JARUD, "INTEGRATOR", "150000", "nm-jarud", "1s", "\"cases:read\",\"cases:write\""),
                client(JARUD_READER, "INTEGRATOR", "150000", "nm-jarud", null, "\"cases:read\""),
                client(JARUD_KPI, "INTEGRATOR", "150000", "nm-jarud", null, "\"kpi:read\""),
                client(KAILU, "INTEGRATOR", "150000", "nm-kailu", null, "\"cases:read\",\"cases:write\""),
                client(NAIMAN, "INTEGRATOR", "150000", "nm-naiman", null, "\"cases:read\",\"cases:write\""),
                client(THROTTLED, "INTEGRATOR", "150000", THROTTLED_TENANT, null, "\"cases:read\""),
                client(LIMITED, "INTEGRATOR", "150000", LIMITED_TENANT, null, "\"cases:read\""));
        return "{\"onedoor.gateway.rate-limit.tenants." + THROTTLED_TENANT + ".replenish-rate\":1,"
                + "\"onedoor.gateway.rate-limit.tenants." + THROTTLED_TENANT + ".burst-capacity\":2,"
                + "\"onedoor.security.clock-skew\":\"0s\","
                + "\"server.tomcat.accesslog.enabled\":true,"
                + "\"server.tomcat.accesslog.buffered\":false,"
                + "\"server.tomcat.accesslog.rotate\":false,"
                + "\"server.tomcat.accesslog.directory\":\"" + accessLogs + "\","
                + "\"server.tomcat.accesslog.prefix\":\"${spring.application.name}-${server.port}-access\","
                + "\"server.tomcat.accesslog.suffix\":\".log\","
                + "\"server.tomcat.accesslog.pattern\":\"%{X-Request-Id}i %m %U %s\","
                + "\"onedoor\":{\"identity\":{\"bootstrap\":{\"clients\":[" + clients + "]}}}}";
    }

    private static final String OPERATOR_SCOPES =
            "\"tenants:read\",\"tenants:write\",\"accounts:write\",\"audit:read\"";

    private static String client(String id, String role, String province, String tenant, String ttl, String scopes) {
        return "{\"client-id\":\"" + id + "\",\"secret\":\"" + CLIENT_SECRET + "\",\"roles\":[\"" + role
                + "\"],\"province\":\"" + province + "\"" + (tenant == null ? "" : ",\"tenant\":\"" + tenant + "\"")
                + (ttl == null ? "" : ",\"access-token-ttl\":\"" + ttl + "\"") + ",\"scopes\":[" + scopes + "]}";
    }

    private static boolean pgAnswers(String url, String user) {
        try (var ignored = DriverManager.getConnection(url, user, "")) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static void execute(String url, String user, String sql) {
        try (var connection = DriverManager.getConnection(url, user, "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean redisAnswers(String host, int port) {
        try (Socket socket = new Socket(host, port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void flushRedis(String host, int port, int database) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("SELECT " + database + "\r\nFLUSHDB\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(10);
            if (!new String(reply, StandardCharsets.US_ASCII).equals("+OK\r\n+OK\r\n")) {
                throw new IllegalStateException("Redis refused to flush database " + database);
            }
        }
    }

    private static int freePort() {
        return io.onedoor.launcher.FreePorts.next();
    }
}
