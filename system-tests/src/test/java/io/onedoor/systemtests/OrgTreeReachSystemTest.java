package io.onedoor.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Staff reach follows the org tree the center's admin keeps in tenant-service, through the
 * gateway: a grid worker sees the grid's matters, a township's staff those of its villages and
 * grids, and when the admin moves a village to another township its matters go with it.
 */
class OrgTreeReachSystemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Two of Jarud's townships from the county template; the village and its grid are added here. */
    private static final String TOWNSHIP = "150526001";

    private static final String OTHER_TOWNSHIP = "150526101";
    private static final String VILLAGE = "150526001301";
    private static final String GRID = "150526001301-G01";

    private static GatewayCalls calls;
    private static Callers callers;

    @BeforeAll
    static void platform() throws Exception {
        callers = Callers.get();
        calls = new GatewayCalls(callers.platform().gatewayUri());
    }

    @Test
    void aVillageMovedToAnotherTownshipTakesItsMattersAndItsGridsMattersWithIt() throws Exception {
        String admin = callers.admin("nm-jarud");
        changeOrgUnits(admin, units -> {
            units.add(unit(VILLAGE, "巴彦塔拉嘎查", "VILLAGE", VILLAGE, TOWNSHIP));
            units.add(unit(GRID, "巴彦塔拉嘎查第一网格", "GRID", null, VILLAGE));
        });
        String hotline = callers.hotline("nm-jarud");
        String villageMatter = awaitRegistered(hotline, VILLAGE);
        String gridMatter = awaitRegistered(hotline, GRID);
        String township = callers.townshipStaff();
        callers.setup().account(admin, "nm-jarud", "grid.worker", "网格员", "STAFF", GRID);
        String gridWorker = callers.setup().login("grid.worker@nm-jarud");
        callers.setup().account(admin, "nm-jarud", "other.township", "乡镇工作人员", "STAFF", OTHER_TOWNSHIP);
        String otherTownship = callers.setup().login("other.township@nm-jarud");

        assertThat(ledger(gridWorker)).contains(gridMatter).doesNotContain(villageMatter);
        assertThat(get(villageMatter, gridWorker).statusCode()).isEqualTo(404);
        assertThat(ledger(township)).contains(villageMatter, gridMatter);
        assertThat(ledger(otherTownship)).doesNotContain(villageMatter, gridMatter);

        changeOrgUnits(
                admin,
                units -> units.forEach(unit -> {
                    if (unit.path("code").asString().equals(VILLAGE)) {
                        // Its division code named the old township; the new one is not issued yet.
                        ((ObjectNode) unit).put("parent", OTHER_TOWNSHIP).remove("divisionCode");
                    }
                }));
        awaitStatus(villageMatter, township, 404);

        assertThat(ledger(township)).doesNotContain(villageMatter, gridMatter);
        assertThat(get(gridMatter, township).statusCode()).isEqualTo(404);
        assertThat(ledger(otherTownship)).contains(villageMatter, gridMatter);
        assertThat(get(villageMatter, otherTownship).statusCode()).isEqualTo(200);
        assertThat(ledger(gridWorker)).contains(gridMatter);
    }

    /** Replaces the org-units section with the current units as changed. */
    private static void changeOrgUnits(String admin, Consumer<List<JsonNode>> change) throws Exception {
        HttpResponse<String> current = send("GET", "/api/v1/tenants/nm-jarud/configuration", admin, null, null);
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        List<JsonNode> units = new ArrayList<>();
        JSON.readTree(current.body()).path("orgUnits").forEach(unit -> units.add(unit.deepCopy()));
        change.accept(units);
        ObjectNode section = JSON.createObjectNode();
        ArrayNode list = section.putArray("orgUnits");
        units.forEach(list::add);
        HttpResponse<String> saved = send(
                "PUT",
                "/api/v1/tenants/nm-jarud/configuration/org-units",
                admin,
                section.toString(),
                current.headers().firstValue("ETag").orElseThrow());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    private static JsonNode unit(String code, String name, String kind, String divisionCode, String parent) {
        ObjectNode unit =
                JSON.createObjectNode().put("code", code).put("name", name).put("kind", kind);
        if (divisionCode != null) {
            unit.put("divisionCode", divisionCode);
        }
        return unit.put("parent", parent).put("status", "ACTIVE");
    }

    /** The matter's id, once case-service has heard of the unit (a Redis message after the save). */
    private static String awaitRegistered(String token, String orgUnit) throws Exception {
        String matter = """
                {"channel":"GRID_REPORT","categoryCode":"labor.wage-arrears","description":"牧民工资被拖欠",
                 "orgUnitCode":"%s","parties":[{"kind":"PERSON","role":"APPLICANT","name":"王某"}]}""".formatted(orgUnit);
        HttpResponse<String> answer =
                GatewayCalls.await(() -> send("POST", "/api/v1/tenants/nm-jarud/matters", token, matter, null), 201);
        return JSON.readTree(answer.body()).path("id").asString();
    }

    private static void awaitStatus(String matterId, String token, int status) throws Exception {
        GatewayCalls.await(() -> get(matterId, token), status);
    }

    private static List<String> ledger(String token) throws Exception {
        HttpResponse<String> page = send("GET", "/api/v1/tenants/nm-jarud/matters?limit=200", token, null, null);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(page.body())
                .path("items")
                .forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    private static HttpResponse<String> get(String matterId, String token) throws Exception {
        return send("GET", "/api/v1/tenants/nm-jarud/matters/" + matterId, token, null, null);
    }

    private static HttpResponse<String> send(String method, String path, String token, String body, String ifMatch)
            throws Exception {
        return calls.send(method, path, token, body, ifMatch);
    }
}
