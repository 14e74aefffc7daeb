package io.onedoor.cases.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseApi.Response;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.Requests;
import io.onedoor.cases.StandInTenantService;
import io.onedoor.support.tenancy.TenantCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Intake against the center's configuration snapshot, as Redis and tenant-service provide it. */
@CaseServiceTest
class ConfigurationSnapshotsIntegrationTest {

    static final StandInTenantService TENANT_SERVICE = StandInTenantService.INSTANCE;

    @Autowired
    CaseApi api;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void unknownOrRetiredCategoriesAndOrgUnitsAreRefusedNamingEachAndWriteNothing() {
        TenantCode altay = api.onboard("cfg-altay", "654301", "654301101");
        api.configure(CaseApi.centerOf(altay, "654301", "654301101")
                .retiredOrgUnit("654301102")
                .version(2));

        Response unknownCategory = api.register(altay, matter("consumer.contract", "654301"), "cfg-unknown-0001");
        Response retiredCategory = api.register(altay, matter("land.contracting", "654301"));
        Response retiredUnit = api.register(altay, matter("labor.wage-arrears", "654301102"));
        Response unknownUnit = api.register(altay, matter("labor.wage-arrears", "653001"));
        Response both = api.register(altay, matter("land.contracting", "654301102"));

        assertThat(List.of(unknownCategory, retiredCategory, retiredUnit, unknownUnit, both))
                .allSatisfy(refused -> {
                    assertThat(refused.status()).isEqualTo(422);
                    assertThat(refused.problemType()).endsWith("/not-in-center-configuration");
                });
        assertThat(errors(unknownCategory)).containsExactly("categoryCode: is not a category of this center");
        assertThat(errors(retiredCategory)).containsExactly("categoryCode: is retired");
        assertThat(errors(retiredUnit)).containsExactly("orgUnitCode: is retired");
        assertThat(errors(unknownUnit)).containsExactly("orgUnitCode: is not an org unit of this center");
        assertThat(errors(both)).containsExactly("categoryCode: is retired", "orgUnitCode: is retired");
        assertThat(state(altay)).isEqualTo(Map.of("matters", 0L, "keys", 0L, "numbers", 0L));

        // The key of a refused registration was not spent: the corrected request registers with it.
        Response corrected = api.register(altay, matter("labor.wage-arrears", "654301101"), "cfg-unknown-0001");
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.body().path("code").asString()).endsWith("-000001");
    }

    @Test
    void matterIsClassedAndGivenItsLeadAndDeadlinesByItsCategory() {
        TenantCode karamay = api.onboard("cfg-karamay", "650203");

        Map<String, Object> millionYuan = Requests.machineryRent("a million yuan");
        millionYuan.put("amountFen", 100_000_000L);
        Map<String, Object> tenParties = Requests.machineryRent("ten workers");
        List<Map<String, Object>> workers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            workers.add(Requests.organization(i == 0 ? "RESPONDENT" : "APPLICANT", "工人" + i));
        }
        tenParties.put("parties", workers);
        Map<String, Object> ordinary = Requests.machineryRent("41,600 yuan, two parties");

        JsonNode difficultByAmount = registered(karamay, millionYuan);
        JsonNode difficultByParties = registered(karamay, tenParties);
        JsonNode normal = registered(karamay, ordinary);

        assertThat(difficultByAmount.path("complexity").asString()).isEqualTo("DIFFICULT");
        assertThat(difficultByParties.path("complexity").asString()).isEqualTo("DIFFICULT");
        assertThat(normal.path("complexity").asString()).isEqualTo("NORMAL");
        assertThat(normal.path("leadDepartment").asString()).isEqualTo("hrss");
        // Counted in working time (DeadlinesIntegrationTest has the exact moments): never sooner
        // than the class's minutes, and the difficult class's two hours after the normal's half hour.
        Instant registeredAt = Instant.parse(normal.path("registeredAt").asString());
        Instant normalDue = Instant.parse(normal.path("responseDueAt").asString());
        Instant difficultDue =
                Instant.parse(difficultByAmount.path("responseDueAt").asString());
        assertThat(normalDue).isAfterOrEqualTo(registeredAt.plus(Duration.ofMinutes(30)));
        assertThat(difficultDue)
                .isAfterOrEqualTo(
                        Instant.parse(difficultByAmount.path("registeredAt").asString())
                                .plus(Duration.ofHours(2)))
                .isAfter(normalDue);
        // Stored as answered, and read back the same.
        assertThat(api.get(karamay, normal.path("id").asString()).body()).isEqualTo(normal);
        assertThat(jdbc.queryForMap(
                        "select complexity, lead_department from " + karamay.quotedSchemaName()
                                + ".matter where id = ?::uuid",
                        difficultByParties.path("id").asString()))
                .isEqualTo(Map.of("complexity", "DIFFICULT", "lead_department", "hrss"));

        Map<String, Object> neighbours = Requests.machineryRent("a fence");
        neighbours.put("categoryCode", "family.neighbours");
        JsonNode withoutPath = registered(karamay, neighbours);
        assertThat(withoutPath.path("complexity").asString()).isEqualTo("NORMAL");
        // Left out, not null: the spec declares them as plain strings.
        assertThat(withoutPath.has("leadDepartment")).isFalse();
        assertThat(withoutPath.has("responseDueAt")).isFalse();
        assertThat(withoutPath.has("closureDueOn")).isFalse();
    }

    @Test
    void changeAnnouncedByTenantServiceIsUsedByTheNextRegistration() throws InterruptedException {
        TenantCode moyu = api.onboard("cfg-moyu", "653222");
        Map<String, Object> contract = matter("consumer.contract", Requests.ORG_UNIT);
        assertThat(api.register(moyu, contract).status()).isEqualTo(422);

        // Written to Redis but not announced: this replica keeps the snapshot it has (for max-age).
        var withContracts = CaseApi.centerOf(moyu, "653222").category("consumer.contract", "market-regulation");
        api.writeSnapshot(withContracts.version(2));
        assertThat(api.register(moyu, contract).status()).isEqualTo(422);

        api.announce(moyu, withContracts.etag());
        Response accepted = awaitRegistered(moyu, contract);
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.body().path("leadDepartment").asString()).isEqualTo("market-regulation");

        // Retired again in version 3: refused as soon as it is announced.
        api.configure(CaseApi.centerOf(moyu, "653222")
                .category("consumer.contract", "market-regulation")
                .retireCategory("consumer.contract")
                .version(3));
        Response refused = awaitRefused(moyu, contract);
        assertThat(errors(refused)).containsExactly("categoryCode: is retired");
    }

    @Test
    void snapshotMissingFromRedisIsAskedOfTenantServiceAndWithoutEitherNothingIsRegistered() {
        TenantCode yutian = api.onboard("cfg-yutian", "653226");
        api.removeSnapshot(yutian);
        api.announce(yutian, "\"gone\"");
        TENANT_SERVICE.serve(CaseApi.centerOf(yutian, "653226"));

        Response fromTenantService = awaitRegistered(yutian, Requests.machineryRent("from tenant-service"));
        assertThat(fromTenantService.status()).isEqualTo(201);
        assertThat(fromTenantService.body().path("leadDepartment").asString()).isEqualTo("hrss");
        assertThat(TENANT_SERVICE.requestsFor(yutian)).isPositive();

        TenantCode qinghe = api.onboard("cfg-qinghe", "654324");
        api.removeSnapshot(qinghe);
        api.announce(qinghe, "\"gone\"");
        // tenant-service has no snapshot of it either (404), and later fails altogether (503).
        Response unavailable = awaitUnavailable(qinghe);
        assertThat(unavailable.problemType()).endsWith("/configuration-unavailable");
        assertThat(unavailable.text()).doesNotContain("Exception");
        TENANT_SERVICE.failing(true);
        try {
            assertThat(api.register(qinghe, Requests.machineryRent("failing")).status())
                    .isEqualTo(503);
        } finally {
            TENANT_SERVICE.failing(false);
        }
        assertThat(state(qinghe)).isEqualTo(Map.of("matters", 0L, "keys", 0L, "numbers", 0L));
    }

    private Response awaitRegistered(TenantCode tenant, Map<String, Object> body) {
        return await(tenant, body, 201);
    }

    private Response awaitRefused(TenantCode tenant, Map<String, Object> body) {
        return await(tenant, body, 422);
    }

    private Response awaitUnavailable(TenantCode tenant) {
        return await(tenant, Requests.machineryRent("unavailable"), 503);
    }

    /**
     * The announcement reaches the service asynchronously (Redis pub/sub): retry for a few
     * seconds, far less than the snapshot's max age of a minute.
     */
    private Response await(TenantCode tenant, Map<String, Object> body, int status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        Response answer = api.register(tenant, body);
        while (answer.status() != status && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            answer = api.register(tenant, body);
        }
        return answer;
    }

    private JsonNode registered(TenantCode tenant, Map<String, Object> body) {
        Response answer = api.register(tenant, body);
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.body();
    }

    private static Map<String, Object> matter(String category, String orgUnit) {
        Map<String, Object> body = Requests.machineryRent(category + " at " + orgUnit);
        body.put("categoryCode", category);
        body.put("orgUnitCode", orgUnit);
        return body;
    }

    private static List<String> errors(Response problem) {
        List<String> errors = new ArrayList<>();
        problem.body()
                .path("errors")
                .forEach(error -> errors.add(error.path("field").asString() + ": "
                        + error.path("message").asString()));
        return errors;
    }

    private Map<String, Object> state(TenantCode tenant) {
        String schema = tenant.quotedSchemaName();
        return jdbc.queryForMap("select (select count(*) from " + schema + ".matter) as matters, "
                + "(select count(*) from " + schema + ".idempotency_record) as keys, "
                + "(select count(*) from " + schema + ".matter_code_counter) as numbers");
    }
}
