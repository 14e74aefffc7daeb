package io.onedoor.cases.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseApi.Response;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.Requests;
import io.onedoor.cases.tenancy.StartupMigrations;
import io.onedoor.support.tenancy.TenantCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

@CaseServiceTest
class ProvisioningIntegrationTest {

    /** The latest tenant schema version: case-service's tenant migrations are numbered 1, 2, ... */
    static final int LATEST = latestMigration();

    @Autowired
    CaseApi api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    StartupMigrations startupMigrations;

    @Test
    void provisioningTwiceAppliesMigrationsOnce() {
        TenantCode aksu = CaseApi.newTenantCode("aksu");
        api.createSchema(aksu);

        Response first = api.provision(aksu.value(), "652901");
        Response second = api.provision(aksu.value(), "652901");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().path("tenant").asString()).isEqualTo(aksu.value());
        assertThat(first.body().path("migrationsApplied").asInt()).isEqualTo(LATEST);
        assertThat(first.body().path("schemaVersion").asString()).isEqualTo(Integer.toString(LATEST));
        assertThat(first.body().path("durationMs").asLong()).isNotNegative();
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().path("migrationsApplied").asInt()).isZero();
        assertThat(second.body().path("schemaVersion").asString()).isEqualTo(Integer.toString(LATEST));
        assertThat(jdbc.queryForList(
                        "select division_code from " + aksu.quotedSchemaName() + ".tenant_profile", String.class))
                .containsExactly("652901");
        api.configure(CaseApi.centerOf(aksu, "652901"));
        assertThat(api.register(aksu, Requests.machineryRent("tractor"))
                        .body()
                        .path("code")
                        .asString())
                .startsWith("652901-");
    }

    @Test
    void provisioningATenantWhoseSchemaIsMissingIsRefused() {
        TenantCode nowhere = CaseApi.newTenantCode("nowhere");

        Response refused = api.provision(nowhere.value(), "650000");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.problemType()).endsWith("/tenant-schema-missing");
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_namespace where nspname = ?", Integer.class, nowhere.schemaName()))
                .isZero();
    }

    @Test
    void provisioningRefusesAMalformedDivisionCode() {
        TenantCode aksu = CaseApi.newTenantCode("aksu");
        api.createSchema(aksu);

        Response refused =
                api.send("PUT", "/internal/v1/tenant-schemas/" + aksu.value(), Map.of("divisionCode", "65290"), null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").get(0).path("field").asString())
                .isEqualTo("divisionCode");
    }

    @Test
    void tenantWithoutSchemaIsNotFound() {
        TenantCode ghost = CaseApi.newTenantCode("ghost");

        Response answer = api.list(ghost, "");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.problemType()).endsWith("/tenant-not-found");
    }

    @Test
    void tenantWhoseSchemaIsBehindIsNotServedUntilMigrated() {
        // Provisioned by a replica that knew only the first migration.
        TenantCode bole = CaseApi.newTenantCode("bole");
        api.createSchema(bole);
        olderReplicaMigrates(bole);
        api.configure(CaseApi.centerOf(bole, "652701"));

        Response list = api.list(bole, "");
        Response register = api.register(bole, Requests.machineryRent("neighbours"));

        assertThat(list.status()).isEqualTo(503);
        assertThat(list.problemType()).endsWith("/tenant-schema-behind");
        assertThat(register.status()).isEqualTo(503);

        Response provisioned = api.provision(bole.value(), "652701");
        assertThat(provisioned.body().path("migrationsApplied").asInt()).isEqualTo(LATEST - 1);
        assertThat(api.list(bole, "").status()).isEqualTo(200);
        assertThat(api.register(bole, Requests.machineryRent("neighbours")).status())
                .isEqualTo(201);
    }

    @Test
    void startupBringsEveryTenantMigratedBeforeToTheLatestSchema() {
        TenantCode gongliu = CaseApi.newTenantCode("gongliu");
        api.createSchema(gongliu);
        olderReplicaMigrates(gongliu);
        jdbc.update("insert into " + gongliu.quotedSchemaName() + ".tenant_profile values (true, '654025', now())");
        api.configure(CaseApi.centerOf(gongliu, "654025"));
        assertThat(api.list(gongliu, "").status()).isEqualTo(503);

        startupMigrations.run(new DefaultApplicationArguments());

        assertThat(api.list(gongliu, "").status()).isEqualTo(200);
        assertThat(api.register(gongliu, Requests.machineryRent("3715")).status())
                .isEqualTo(201);
    }

    private void olderReplicaMigrates(TenantCode tenant) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(tenant.schemaName())
                .defaultSchema(tenant.schemaName())
                .createSchemas(false)
                .table("case_schema_history")
                .locations("classpath:db/tenant-case")
                .target("1")
                .load()
                .migrate();
    }

    private static int latestMigration() {
        try {
            return new PathMatchingResourcePatternResolver().getResources("classpath:db/tenant-case/V*__*.sql").length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
