package io.onedoor.cases.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Both services keep tables in the {@code platform} schema, each with its own Flyway history, and
 * either may start first on an empty database: case-service's migrations (here) and
 * tenant-service's, as its {@code spring.flyway} settings in tenant-service.yml configure them
 * (with a stand-in migration), each run on a fresh database in both orders.
 */
class PlatformMigrationsIntegrationTest {

    static final String ADMIN_URL = env("ONEDOOR_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String USER = env("ONEDOOR_TEST_PG_USER", "postgres");
    static final String PASSWORD = env("ONEDOOR_TEST_PG_PASSWORD", "");

    String database;
    DriverManagerDataSource dataSource;

    @BeforeEach
    void freshDatabase() throws SQLException {
        database = "onedoor_it_platform_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
        admin("create database " + database);
        int slash = ADMIN_URL.lastIndexOf('/');
        dataSource = new DriverManagerDataSource(ADMIN_URL.substring(0, slash + 1) + database, USER, PASSWORD);
    }

    @AfterEach
    void dropIt() throws SQLException {
        admin("drop database if exists " + database + " with (force)");
    }

    @Test
    void caseServiceComesSecondToAPlatformSchemaTenantServiceFilled() {
        tenantServiceMigrates();
        new PlatformMigrations(dataSource).afterPropertiesSet();

        assertThat(tables())
                .contains("tenant", "case_timer", "tenant_service_schema_history", "case_service_schema_history");
        assertThat(applied("case_service_schema_history")).contains("1");
    }

    @Test
    void tenantServiceComesSecondToAPlatformSchemaCaseServiceCreated() {
        new PlatformMigrations(dataSource).afterPropertiesSet();
        tenantServiceMigrates();

        assertThat(tables()).contains("tenant", "case_timer");
        assertThat(applied("tenant_service_schema_history")).contains("1");
        // Starting again finds both histories current and changes nothing.
        new PlatformMigrations(dataSource).afterPropertiesSet();
        tenantServiceMigrates();
        assertThat(applied("case_service_schema_history")).containsOnlyOnce("1");
    }

    /** tenant-service's Flyway as tenant-service.yml sets it up, with a stand-in migration. */
    private void tenantServiceMigrates() {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("platform")
                .defaultSchema("platform")
                .createSchemas(true)
                .locations("classpath:db/stand-in-tenant-service")
                .table("tenant_service_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    private List<String> tables() {
        return new JdbcTemplate(dataSource)
                .queryForList(
                        "select table_name from information_schema.tables where table_schema = 'platform'",
                        String.class);
    }

    private List<String> applied(String history) {
        return new JdbcTemplate(dataSource)
                .queryForList(
                        "select version from platform." + history + " where success and version is not null"
                                + " and type = 'SQL'",
                        String.class);
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
