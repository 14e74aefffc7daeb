package io.onedoor.cases.matter;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseApi.Response;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.Requests;
import io.onedoor.cases.TestTokens;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.testsupport.TestIssuer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Staff see and register the matters of their org unit's subtree in the center's org tree only;
 * auditors and integrators see the whole tenant. Jarud banner (150526): the banner's center, two
 * townships and a village of the first township; some tests add grids, a community whose code is
 * no division code, and move a village from one township to the other.
 */
@CaseServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatterReachIntegrationTest {

    static final TestIssuer ISSUER = TestTokens.ISSUER;
    static final String COUNTY = "150526";
    static final String TOWNSHIP = "150526101";
    static final String OTHER_TOWNSHIP = "150526102";
    static final String VILLAGE = "150526101203";
    static final String GRID = "150526101203-G01";
    static final String NEIGHBOUR_GRID = "150526101203-G02";
    static final String COMMUNITY = "lubei-c07";

    @Autowired
    CaseApi api;

    @Autowired
    JdbcTemplate jdbc;

    TenantCode jarud;
    final Map<String, String> matterAt = new HashMap<>();

    @BeforeAll
    void oneMatterAtEachLevel() {
        jarud = api.onboard("jarud", COUNTY, TOWNSHIP, OTHER_TOWNSHIP, VILLAGE);
        for (String unit : List.of(COUNTY, TOWNSHIP, OTHER_TOWNSHIP, VILLAGE)) {
            Response registered = api.register(jarud, at(unit, "registered at " + unit));
            assertThat(registered.status()).isEqualTo(201);
            matterAt.put(unit, registered.body().path("id").asString());
        }
    }

    @Test
    void townshipStaffCannotReadTheCountyMatterWhileCountyStaffReadsTheTownships() {
        CaseApi township = api.as(ISSUER.token(TestIssuer.staff(jarud.value(), TOWNSHIP)));
        CaseApi county = api.as(ISSUER.token(TestIssuer.staff(jarud.value(), COUNTY)));

        Response countyMatter = township.get(jarud, matterAt.get(COUNTY));
        Response absent = township.get(jarud, UUID.randomUUID().toString());
        assertThat(countyMatter.status()).isEqualTo(404);
        // Indistinguishable from a matter that does not exist.
        assertThat(withoutRequestId(countyMatter.body())).isEqualTo(withoutRequestId(absent.body()));
        assertThat(countyMatter.text()).doesNotContain("registered at").doesNotContain(COUNTY);
        assertThat(township.get(jarud, matterAt.get(OTHER_TOWNSHIP)).status()).isEqualTo(404);
        assertThat(township.get(jarud, matterAt.get(TOWNSHIP)).status()).isEqualTo(200);
        assertThat(township.get(jarud, matterAt.get(VILLAGE)).status()).isEqualTo(200);

        for (String unit : List.of(COUNTY, TOWNSHIP, OTHER_TOWNSHIP, VILLAGE)) {
            Response read = county.get(jarud, matterAt.get(unit));
            assertThat(read.status()).as(unit).isEqualTo(200);
            assertThat(read.body().path("orgUnitCode").asString()).isEqualTo(unit);
        }
    }

    @Test
    void ledgerOfTownshipStaffHoldsItsSubtreeOnlyPageByPage() {
        CaseApi township = api.as(ISSUER.token(TestIssuer.staff(jarud.value(), TOWNSHIP)));

        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        do {
            Response page = township.list(jarud, "?limit=1" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            sizes.add(page.body().path("items").size());
            page.body().path("items").forEach(item -> seen.add(item.path("id").asString()));
            cursor = page.body().path("nextCursor").asString(null);
        } while (cursor != null);

        // Newest first: the village's matter was registered after the township's.
        assertThat(seen).containsExactly(matterAt.get(VILLAGE), matterAt.get(TOWNSHIP));
        assertThat(sizes).containsExactly(1, 1);
        assertThat(township.list(jarud, "?orgUnit=" + COUNTY).body().path("items"))
                .isEmpty();
        assertThat(township.list(jarud, "?orgUnit=" + VILLAGE).body().path("items"))
                .extracting(item -> item.path("id").asString())
                .containsExactly(matterAt.get(VILLAGE));
        CaseApi county = api.as(ISSUER.token(TestIssuer.staff(jarud.value(), COUNTY)));
        assertThat(ids(county.list(jarud, "?limit=200"))).containsAll(matterAt.values());
    }

    @Test
    void staffAndSupervisorsRegisterOnlyWithinTheirSubtree() {
        // A tenant of its own: the other tests count the matters of Jarud's township.
        TenantCode tenant = api.onboard("jarud-intake", COUNTY, TOWNSHIP, OTHER_TOWNSHIP, VILLAGE);
        for (String role : List.of("STAFF", "SUPERVISOR")) {
            CaseApi township = api.as(ISSUER.token(TestIssuer.person(
                    role, tenant.value(), "150000", TOWNSHIP, "cases:read", "cases:write", "supervision:write")));
            String before = state(tenant);

            for (String outside : List.of(COUNTY, OTHER_TOWNSHIP, "150527101")) {
                Response refused =
                        township.register(tenant, at(outside, role + " outside"), "reach-" + UUID.randomUUID());
                assertThat(refused.status()).as(role + " at " + outside).isEqualTo(403);
                assertThat(refused.problemType()).endsWith("/forbidden");
                assertThat(refused.body().path("errors").get(0).path("field").asString())
                        .isEqualTo("orgUnitCode");
            }
            assertThat(state(tenant)).as(role).isEqualTo(before);

            Response inside = township.register(tenant, at(VILLAGE, role + " inside"));
            assertThat(inside.status()).as(role).isEqualTo(201);
            assertThat(inside.body().path("orgUnitCode").asString()).isEqualTo(VILLAGE);
        }
    }

    @Test
    void replayingAKeyDoesNotHandOutAMatterOutsideTheSubtree() {
        CaseApi county = api.as(ISSUER.token(TestIssuer.staff(jarud.value(), COUNTY)));
        CaseApi township = api.as(ISSUER.token(TestIssuer.staff(jarud.value(), TOWNSHIP)));
        Map<String, Object> body = at(COUNTY, "herders' grazing boundary");
        Response original = county.register(jarud, body, "grazing-boundary-0001");
        assertThat(original.status()).isEqualTo(201);

        Response replay = township.register(jarud, body, "grazing-boundary-0001");

        assertThat(replay.status()).isEqualTo(403);
        assertThat(replay.text())
                .doesNotContain(original.body().path("id").asString())
                .doesNotContain("grazing");
    }

    @Test
    void auditorsAndIntegratorsSeeTheWholeTenant() {
        // The auditor's token names an org unit, which does not narrow an auditor's view.
        CaseApi auditor = api.as(ISSUER.token(
                TestIssuer.person("AUDITOR", jarud.value(), "150000", TOWNSHIP, "cases:read", "audit:read")));
        CaseApi integrator = api.as(ISSUER.token(TestIssuer.integrator(jarud.value(), "cases:read")));

        for (CaseApi caller : List.of(auditor, integrator)) {
            assertThat(ids(caller.list(jarud, "?limit=200"))).containsAll(matterAt.values());
            assertThat(caller.get(jarud, matterAt.get(COUNTY)).status()).isEqualTo(200);
        }
        // Reading is all an auditor does.
        assertThat(auditor.register(jarud, at(COUNTY, "auditor")).status()).isEqualTo(403);
    }

    @Test
    void staffWithoutAUsableOrgUnitReachesNothing() {
        Map<String, Object> noUnit = TestIssuer.staff(jarud.value(), TOWNSHIP);
        noUnit.remove("org_unit");
        List<Map<String, Object>> tokens = new ArrayList<>(List.of(noUnit));
        // Malformed claims, and well-formed codes the tree does not hold (one the township prefixes).
        for (Object unit :
                List.of("", "15", "1505261", "150526 ", "15052610%", List.of(COUNTY), "150526101204", "150527")) {
            Map<String, Object> claims = TestIssuer.staff(jarud.value(), TOWNSHIP);
            claims.put("org_unit", unit);
            tokens.add(claims);
        }
        for (Map<String, Object> claims : tokens) {
            CaseApi staff = api.as(ISSUER.token(claims));
            String what = String.valueOf(claims.get("org_unit"));
            Response list = staff.list(jarud, "");
            assertThat(list.status()).as(what).isEqualTo(200);
            assertThat(list.body().path("items")).as(what).isEmpty();
            assertThat(staff.get(jarud, matterAt.get(COUNTY)).status()).as(what).isEqualTo(404);
            assertThat(staff.register(jarud, at(COUNTY, "nowhere")).status())
                    .as(what)
                    .isEqualTo(403);
        }
    }

    @Test
    void aGridWorkerSeesTheGridsMattersAndNotItsNeighbours() {
        TenantCode tenant =
                api.onboard("jarud-grid", COUNTY, center -> center.orgUnits(TOWNSHIP, VILLAGE, GRID, NEIGHBOUR_GRID));
        Map<String, String> matters = registeredAtEach(tenant, VILLAGE, GRID, NEIGHBOUR_GRID);
        CaseApi gridWorker = api.as(ISSUER.token(TestIssuer.staff(tenant.value(), GRID)));

        assertThat(ids(gridWorker.list(tenant, "?limit=200"))).containsExactly(matters.get(GRID));
        assertThat(gridWorker.get(tenant, matters.get(GRID)).status()).isEqualTo(200);
        assertThat(gridWorker.get(tenant, matters.get(NEIGHBOUR_GRID)).status()).isEqualTo(404);
        assertThat(gridWorker.get(tenant, matters.get(VILLAGE)).status()).isEqualTo(404);
        assertThat(ids(gridWorker.list(tenant, "?orgUnit=" + NEIGHBOUR_GRID))).isEmpty();
        assertThat(gridWorker.register(tenant, at(GRID, "grid worker")).status())
                .isEqualTo(201);
        assertThat(gridWorker.register(tenant, at(NEIGHBOUR_GRID, "next door")).status())
                .isEqualTo(403);
    }

    @Test
    void townshipStaffSeeTheirVillagesGridsAndCommunitiesWhateverTheirCodes() {
        TenantCode tenant = api.onboard("jarud-township", COUNTY, center -> center.orgUnits(
                        TOWNSHIP, OTHER_TOWNSHIP, VILLAGE, GRID, NEIGHBOUR_GRID)
                .orgUnit(COMMUNITY, TOWNSHIP));
        Map<String, String> matters =
                registeredAtEach(tenant, COUNTY, TOWNSHIP, OTHER_TOWNSHIP, VILLAGE, GRID, NEIGHBOUR_GRID, COMMUNITY);
        CaseApi township = api.as(ISSUER.token(TestIssuer.staff(tenant.value(), TOWNSHIP)));

        assertThat(ids(township.list(tenant, "?limit=200")))
                .containsExactlyInAnyOrder(
                        matters.get(TOWNSHIP),
                        matters.get(VILLAGE),
                        matters.get(GRID),
                        matters.get(NEIGHBOUR_GRID),
                        matters.get(COMMUNITY));
        for (String unit : List.of(VILLAGE, GRID, COMMUNITY)) {
            assertThat(township.get(tenant, matters.get(unit)).status())
                    .as(unit)
                    .isEqualTo(200);
        }
        assertThat(township.get(tenant, matters.get(OTHER_TOWNSHIP)).status()).isEqualTo(404);
        assertThat(ids(township.list(tenant, "?orgUnit=" + COMMUNITY))).containsExactly(matters.get(COMMUNITY));
        assertThat(township.register(tenant, at(COMMUNITY, "community")).status())
                .isEqualTo(201);
        // The other township's staff do not reach the community, though nothing in its code says so.
        CaseApi other = api.as(ISSUER.token(TestIssuer.staff(tenant.value(), OTHER_TOWNSHIP)));
        assertThat(ids(other.list(tenant, "?limit=200"))).containsExactly(matters.get(OTHER_TOWNSHIP));
    }

    @Test
    void aVillageMovedToAnotherTownshipIsReachedFromItsNewPlaceOnly() {
        TenantCode tenant =
                api.onboard("jarud-move", COUNTY, center -> center.orgUnits(TOWNSHIP, OTHER_TOWNSHIP, VILLAGE, GRID));
        Map<String, String> matters = registeredAtEach(tenant, VILLAGE, GRID);
        CaseApi townshipA = api.as(ISSUER.token(TestIssuer.staff(tenant.value(), TOWNSHIP)));
        CaseApi townshipB = api.as(ISSUER.token(TestIssuer.staff(tenant.value(), OTHER_TOWNSHIP)));
        assertThat(ids(townshipA.list(tenant, "?limit=200"))).containsExactlyInAnyOrderElementsOf(matters.values());
        assertThat(ids(townshipB.list(tenant, "?limit=200"))).isEmpty();

        // The admin moves the village (and so its grid) from township A to township B.
        api.configure(CaseApi.centerOf(tenant, COUNTY)
                .orgUnits(TOWNSHIP, OTHER_TOWNSHIP, VILLAGE, GRID)
                .move(VILLAGE, OTHER_TOWNSHIP)
                .version(2));
        awaitStatus(() -> townshipA.get(tenant, matters.get(VILLAGE)), 404);

        assertThat(ids(townshipA.list(tenant, "?limit=200"))).isEmpty();
        assertThat(townshipA.get(tenant, matters.get(GRID)).status()).isEqualTo(404);
        assertThat(townshipA.register(tenant, at(VILLAGE, "old township")).status())
                .isEqualTo(403);
        assertThat(ids(townshipB.list(tenant, "?limit=200"))).containsExactlyInAnyOrderElementsOf(matters.values());
        assertThat(townshipB.get(tenant, matters.get(GRID)).status()).isEqualTo(200);
        assertThat(townshipB.register(tenant, at(VILLAGE, "new township")).status())
                .isEqualTo(201);
    }

    @Test
    void withoutTheSnapshotStaffAreAnswered503WhileAuditorsAndIntegratorsStillRead() {
        TenantCode tenant = api.onboard("jarud-nosnap", COUNTY, TOWNSHIP);
        Map<String, String> matters = registeredAtEach(tenant, TOWNSHIP);
        CaseApi staff = api.as(ISSUER.token(TestIssuer.staff(tenant.value(), TOWNSHIP)));
        CaseApi auditor = api.as(ISSUER.token(
                TestIssuer.person("AUDITOR", tenant.value(), "150000", TOWNSHIP, "cases:read", "audit:read")));
        CaseApi integrator = api.as(ISSUER.token(TestIssuer.integrator(tenant.value(), "cases:read")));

        // Gone from Redis, and the stand-in tenant-service has none of this tenant (404).
        api.removeSnapshot(tenant);
        api.announce(tenant, "\"gone\"");
        Response unavailable = awaitStatus(() -> staff.list(tenant, ""), 503);

        assertThat(unavailable.problemType()).endsWith("/configuration-unavailable");
        assertThat(unavailable.text()).doesNotContain("registered at");
        assertThat(staff.get(tenant, matters.get(TOWNSHIP)).status()).isEqualTo(503);
        for (CaseApi reader : List.of(auditor, integrator)) {
            assertThat(ids(reader.list(tenant, "?limit=200"))).containsExactly(matters.get(TOWNSHIP));
            assertThat(reader.get(tenant, matters.get(TOWNSHIP)).status()).isEqualTo(200);
        }
    }

    @Test
    void operatorsNeverReachMattersEvenWithTheTenantAndCaseScopesInTheirToken() {
        Map<String, Object> claims = TestIssuer.operator("150000");
        claims.put("tenant", jarud.value());
        claims.put("scope", "tenants:read tenants:write cases:read cases:write");
        CaseApi operator = api.as(ISSUER.token(claims));
        String before = state(jarud);

        for (Response refused : List.of(
                operator.list(jarud, ""),
                operator.get(jarud, matterAt.get(COUNTY)),
                operator.register(jarud, at(COUNTY, "operator")))) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.text()).doesNotContain("registered at").doesNotContain(Requests.ZHANG_ID);
        }
        assertThat(state(jarud)).isEqualTo(before);
    }

    /** One matter registered (by the tenant's integrator) at each unit, by unit, oldest first. */
    private Map<String, String> registeredAtEach(TenantCode tenant, String... units) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String unit : units) {
            Response registered = api.register(tenant, at(unit, "registered at " + unit));
            assertThat(registered.status()).as(registered.text()).isEqualTo(201);
            ids.put(unit, registered.body().path("id").asString());
        }
        return ids;
    }

    /**
     * The answer once it has the status: a change announced on Redis pub/sub reaches the service
     * asynchronously, so retry for a few seconds (far less than the snapshot's max age).
     */
    private static Response awaitStatus(Supplier<Response> request, int status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        Response answer = request.get();
        while (answer.status() != status && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            answer = request.get();
        }
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        return answer;
    }

    private static Map<String, Object> at(String unit, String marker) {
        Map<String, Object> body = Requests.machineryRent(marker);
        body.put("orgUnitCode", unit);
        return body;
    }

    private static List<String> ids(Response page) {
        assertThat(page.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        page.body().path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    private static JsonNode withoutRequestId(JsonNode problem) {
        ObjectNode copy = (ObjectNode) problem.deepCopy();
        copy.remove("requestId");
        copy.remove("instance");
        return copy;
    }

    private String state(TenantCode tenant) {
        String schema = tenant.quotedSchemaName();
        return jdbc.queryForMap("select (select count(*) from " + schema + ".matter) as matters, "
                        + "(select count(*) from " + schema + ".idempotency_record) as keys, "
                        + "(select coalesce(sum(last_value), 0) from " + schema + ".matter_code_counter) as numbers")
                .toString();
    }
}
