package io.onedoor.tenants.registry;

import static io.onedoor.tenants.Onboardings.city;
import static io.onedoor.tenants.Onboardings.county;
import static io.onedoor.tenants.Onboardings.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.tenancy.TenantDirectoryEntry;
import io.onedoor.tenants.InJvmCaseService;
import io.onedoor.tenants.OperatorApi;
import io.onedoor.tenants.OperatorApi.Answer;
import io.onedoor.tenants.Registry;
import io.onedoor.tenants.TenantServiceTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

@TenantServiceTest
class OnboardingIntegrationTest {

    private static final String XINJIANG = "650000";
    private static final List<String> STEPS = List.of(
            "REGISTER",
            "CREATE_SCHEMA",
            "MIGRATE_TENANT_SERVICE",
            "MIGRATE_CASE_SERVICE",
            "SEED_CONFIGURATION",
            "ACTIVATE");

    @Autowired
    OperatorApi api;

    @Autowired
    Registry registry;

    @Autowired
    InJvmCaseService caseService;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void caseServiceIsUp() {
        caseService.start();
    }

    @Test
    void onboardsCountyUnderCityEndToEnd() {
        Answer city = api.onboard(city("xj-altay-prefecture", "654300", XINJIANG));
        assertThat(city.status()).as(city.body().toString()).isEqualTo(201);

        Answer county = api.onboard(county("xj-altay", "654301", "xj-altay-prefecture", XINJIANG));

        assertThat(county.status()).as(county.body().toString()).isEqualTo(201);
        assertThat(county.headers().getLocation()).hasToString("/api/v1/tenants/xj-altay");
        JsonNode tenant = county.body();
        assertThat(tenant.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(tenant.path("parentCode").asString()).isEqualTo("xj-altay-prefecture");
        assertThat(tenant.path("placement").asString()).isEqualTo("primary");
        assertThat(tenant.path("activatedAt").isMissingNode()).isFalse();
        assertThat(county.etag()).isEqualTo("\"" + tenant.path("version").asLong() + "\"");
        assertThat(tenant.path("schemaVersions").path("tenant-service").asString())
                .isEqualTo("2");
        assertThat(tenant.path("schemaVersions").path("case-service").asString())
                .isNotBlank();
        assertThat(stepNames(tenant)).isEqualTo(STEPS);
        for (JsonNode step : tenant.path("provisioning").path("steps")) {
            assertThat(step.path("status").asString()).as(step.toString()).isEqualTo("DONE");
            assertThat(step.path("attempts").asInt()).isEqualTo(1);
            assertThat(step.path("durationMs").isNumber()).as(step.toString()).isTrue();
            assertThat(step.path("startedAt").asString()).isNotBlank();
            assertThat(step.path("finishedAt").asString()).isNotBlank();
        }
        assertThat(tenant.path("provisioning").has("failedStep")).isFalse();

        // Both services' tables are in the county's schema, each with its own history.
        assertThat(registry.tablesOf("xj-altay"))
                .contains("config_version", "config_schema_history")
                .contains("matter", "matter_party", "tenant_profile", "case_schema_history");
        // case-service was told the county's division, which prefixes its matter codes.
        assertThat(registry.jdbc()
                        .queryForObject("select division_code from \"t_xj_altay\".tenant_profile", String.class))
                .isEqualTo("654301");
        // Seeded from the county template as version 1: the center named after the tenant, its
        // townships coded under its division, the standard categories.
        assertThat(registry.orgUnits("xj-altay", "CENTER")).containsExactly("654301 xj-altay 县级综治中心");
        assertThat(registry.orgUnits("xj-altay", "TOWNSHIP"))
                .containsExactly("654301001 城关街道", "654301101 第一镇", "654301201 第一乡");
        assertThat(registry.jdbc()
                        .queryForList(
                                "select c ->> 'code' from \"t_xj_altay\".config_version,"
                                        + " jsonb_array_elements(document -> 'categories') c",
                                String.class))
                .contains(
                        "labor.wage-arrears",
                        "traffic-accident",
                        "marriage-family",
                        "neighbors",
                        "land.contracting",
                        "property",
                        "demolition",
                        "administrative",
                        "finance-insurance",
                        "consumer-contract",
                        "medical");
        // The city's own streets, not its counties: those are tenants of their own.
        assertThat(registry.orgUnits("xj-altay-prefecture", "TOWNSHIP"))
                .hasSize(3)
                .allMatch(unit -> unit.startsWith("654300"));

        // The gateway can route the new tenant at once.
        assertThat(directoryEntry("xj-altay"))
                .isEqualTo("{\"code\":\"xj-altay\",\"status\":\"ACTIVE\",\"version\":"
                        + tenant.path("version").asLong() + ",\"provinceCode\":\"650000\"}");

        Answer read = api.get("xj-altay");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.etag()).isEqualTo(county.etag());
        assertThat(read.body()).isEqualTo(tenant);
    }

    @Test
    void sameRequestAgainReturnsSameTenant() {
        var request = city("xj-ili", "654000", XINJIANG);
        Answer first = api.onboard(request);
        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);

        Answer again = api.onboard(request);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(registry.schemasOf("xj-ili")).hasSize(1);
        assertThat(registry.count("xj-ili", "config_version")).isEqualTo(1);
        // Each of tenant-service's two migrations ran once.
        assertThat(registry.count("xj-ili", "config_schema_history where success"))
                .isEqualTo(2);
    }

    @Test
    void differentRequestForSameCodeIsRefused() {
        var request = city("xj-hami", "650500", XINJIANG);
        assertThat(api.onboard(request).status()).isEqualTo(201);

        Answer renamed = api.onboard(with(request, "name", "哈密市综治中心(新)"));

        assertThat(renamed.status()).isEqualTo(409);
        assertThat(renamed.problemType()).isEqualTo("https://onedoor.io/problems/tenant-code-taken");
        assertThat(renamed.fields()).containsExactly("code");
        assertThat(api.get("xj-hami").body().path("name").asString()).isEqualTo("xj-hami 市级综治中心");
    }

    @Test
    void resumesAfterCaseServiceWasDown() {
        var request = city("xj-turpan", "650400", XINJIANG);
        caseService.stop();

        Answer failed = api.onboard(request);

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.problemType()).isEqualTo("https://onedoor.io/problems/provisioning-failed");
        assertThat(failed.body().path("tenant").asString()).isEqualTo("xj-turpan");
        assertThat(failed.body().path("failedStep").asString()).isEqualTo("MIGRATE_CASE_SERVICE");
        Answer afterFailure = api.get("xj-turpan");
        assertThat(afterFailure.body().path("status").asString()).isEqualTo("FAILED");
        assertThat(afterFailure.body().path("provisioning").path("failedStep").asString())
                .isEqualTo("MIGRATE_CASE_SERVICE");
        JsonNode failedStep = afterFailure.step("MIGRATE_CASE_SERVICE");
        assertThat(failedStep.path("status").asString()).isEqualTo("FAILED");
        assertThat(failedStep.path("error").asString()).contains("case-service is not reachable");
        assertThat(afterFailure.step("SEED_CONFIGURATION").path("status").asString())
                .isEqualTo("PENDING");
        assertThat(registry.schemasOf("xj-turpan")).hasSize(1);
        assertThat(directoryEntry("xj-turpan")).contains("\"status\":\"FAILED\"");

        caseService.start();
        Answer resumed = api.onboard(request);

        assertThat(resumed.status()).as(resumed.body().toString()).isEqualTo(200);
        assertThat(resumed.body().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(resumed.step("CREATE_SCHEMA").path("attempts").asInt()).isEqualTo(1);
        assertThat(resumed.step("MIGRATE_TENANT_SERVICE").path("attempts").asInt())
                .isEqualTo(1);
        JsonNode retried = resumed.step("MIGRATE_CASE_SERVICE");
        assertThat(retried.path("attempts").asInt()).isEqualTo(2);
        assertThat(retried.path("status").asString()).isEqualTo("DONE");
        assertThat(retried.has("error")).isFalse();
        assertThat(resumed.body().path("provisioning").has("failedStep")).isFalse();
        assertThat(registry.schemasOf("xj-turpan")).hasSize(1);
        assertThat(registry.count("xj-turpan", "config_version")).isEqualTo(1);
        assertThat(directoryEntry("xj-turpan")).contains("\"status\":\"ACTIVE\"");
        // Each turn of the onboarding is in the audit log, oldest first here.
        assertThat(registry.jdbc()
                        .queryForList(
                                "select action from platform.audit_event where tenant_code = 'xj-turpan' order by id",
                                String.class))
                .containsExactly(
                        "tenant.onboarding-started",
                        "tenant.onboarding-failed",
                        "tenant.onboarding-resumed",
                        "tenant.onboarded");
        assertThat(registry.jdbc()
                        .queryForObject(
                                "select after_state ->> 'failedStep' from platform.audit_event"
                                        + " where tenant_code = 'xj-turpan' and action = 'tenant.onboarding-failed'",
                                String.class))
                .isEqualTo("MIGRATE_CASE_SERVICE");
    }

    @Test
    void resumesAfterProcessDiedMidway() {
        var request = city("xj-karamay", "650200", XINJIANG);
        caseService.stop();
        assertThat(api.onboard(request).status()).isEqualTo(503);
        // Rewind to what a process killed while migrating tenant-service's tables leaves behind:
        // the tables are there, but the step is still RUNNING and nothing after it has begun.
        var jdbc = registry.jdbc();
        jdbc.update("update platform.tenant set status = 'PROVISIONING' where code = 'xj-karamay'");
        jdbc.update("""
                update platform.provisioning_step set status = 'RUNNING', finished_at = null, duration_ms = null
                where tenant_code = 'xj-karamay' and name = 'MIGRATE_TENANT_SERVICE'""");
        jdbc.update("""
                update platform.provisioning_step set status = 'PENDING', attempts = 0, started_at = null,
                    finished_at = null, duration_ms = null, error = null
                where tenant_code = 'xj-karamay' and name = 'MIGRATE_CASE_SERVICE'""");
        jdbc.update("delete from platform.tenant_schema_version where tenant_code = 'xj-karamay'");
        assertThat(api.get("xj-karamay")
                        .step("MIGRATE_TENANT_SERVICE")
                        .path("status")
                        .asString())
                .isEqualTo("RUNNING");

        caseService.start();
        Answer resumed = api.onboard(request);

        assertThat(resumed.status()).as(resumed.body().toString()).isEqualTo(200);
        assertThat(resumed.body().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(resumed.step("MIGRATE_TENANT_SERVICE").path("attempts").asInt())
                .isEqualTo(2);
        assertThat(resumed.body().path("schemaVersions").path("tenant-service").asString())
                .isEqualTo("2");
        assertThat(resumed.body().path("provisioning").path("steps"))
                .allMatch(step -> step.path("status").asString().equals("DONE"));
        assertThat(registry.count("xj-karamay", "config_schema_history where success and version is not null"))
                .isEqualTo(2);
        assertThat(registry.schemasOf("xj-karamay")).hasSize(1);
    }

    @Test
    void concurrentOnboardingOfSameCodeRunsOnce() throws Exception {
        var request = county("xj-shihezi", "659001", "ignored", XINJIANG);
        request.remove("parentCode");
        int callers = 3;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.onboard(request);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                Answer done = answer.get();
                statuses.add(done.status());
                if (done.status() == 409) {
                    assertThat(done.problemType()).isEqualTo("https://onedoor.io/problems/provisioning-in-progress");
                }
            }
            assertThat(statuses).containsOnlyOnce(201).isSubsetOf(201, 200, 409);
        }

        Answer tenant = api.get("xj-shihezi");
        assertThat(tenant.body().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(tenant.body().path("provisioning").path("steps"))
                .allMatch(step -> step.path("attempts").asInt() == 1);
        assertThat(registry.schemasOf("xj-shihezi")).hasSize(1);
        assertThat(registry.count("xj-shihezi", "config_version")).isEqualTo(1);
    }

    @Test
    void requestWhileAnotherRunHoldsTheTenantIsToldToRetry() throws Exception {
        var request = city("xj-bortala", "652700", XINJIANG);
        try (Connection other = dataSource.getConnection();
                PreparedStatement lock = other.prepareStatement("select pg_advisory_lock(?, ?)")) {
            lock.setInt(1, 0x4f445450);
            lock.setInt(2, "xj-bortala".hashCode());
            lock.execute();

            Answer busy = api.onboard(request);

            assertThat(busy.status()).isEqualTo(409);
            assertThat(busy.problemType()).isEqualTo("https://onedoor.io/problems/provisioning-in-progress");
            assertThat(api.get("xj-bortala").status()).isEqualTo(404);
            try (PreparedStatement unlock = other.prepareStatement("select pg_advisory_unlock_all()")) {
                unlock.execute();
            }
        }
        assertThat(api.onboard(request).status()).isEqualTo(201);
    }

    private String directoryEntry(String code) {
        return redis.opsForValue().get(TenantDirectoryEntry.key(new TenantCode(code)));
    }

    private static List<String> stepNames(JsonNode tenant) {
        List<String> names = new ArrayList<>();
        tenant.path("provisioning")
                .path("steps")
                .forEach(step -> names.add(step.path("name").asString()));
        return names;
    }
}
