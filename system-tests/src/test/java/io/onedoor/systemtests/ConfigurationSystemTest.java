package io.onedoor.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A center's configuration reaching its matters across the platform: case-service takes each
 * matter's lead department, class and deadline from the configuration tenant-service publishes,
 * sees a change as soon as it is saved, and tenant-service refuses to unstation a department
 * open matters still need.
 */
class ConfigurationSystemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static GatewayCalls calls;
    private static Callers callers;

    @BeforeAll
    static void platform() throws Exception {
        callers = Callers.get();
        calls = new GatewayCalls(callers.platform().gatewayUri());
    }

    @Test
    void jarudsMigrantWorkersCaseIsLedByHumanResourcesWhichCannotBeUnstationedWhileItIsOpen() throws Exception {
        // Jarud banner (domain brief, case 7): Li and 36 migrant workers, 800,000 yuan unpaid.
        ObjectNode matter = JSON.createObjectNode()
                .put("channel", "WALK_IN")
                .put("categoryCode", "labor.wage-arrears")
                .put("description", "李某等37名农民工被拖欠工资80余万元")
                .put("amountFen", 80_000_000L)
                .put("orgUnitCode", "150526");
        ArrayNode parties = matter.putArray("parties");
        for (int i = 1; i <= 37; i++) {
            parties.addObject().put("kind", "PERSON").put("role", "APPLICANT").put("name", "农民工" + i);
        }
        HttpResponse<String> registered =
                send("POST", "/api/v1/tenants/nm-jarud/matters", callers.hotline("nm-jarud"), matter.toString(), null);

        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(registered.body());
        assertThat(body.path("leadDepartment").asString()).isEqualTo("human-resources");
        assertThat(body.path("complexity").asString()).isEqualTo("DIFFICULT");
        assertThat(body.path("closureDueOn").asString()).isNotBlank();

        String admin = callers.admin("nm-jarud");
        HttpResponse<String> current = send("GET", "/api/v1/tenants/nm-jarud/configuration", admin, null, null);
        ObjectNode departments = JSON.createObjectNode();
        ArrayNode kept = departments.putArray("departments");
        JSON.readTree(current.body()).path("departments").forEach(department -> {
            if (!department.path("code").asString().equals("human-resources")) {
                kept.add(department);
            }
        });
        HttpResponse<String> refused = send(
                "PUT",
                "/api/v1/tenants/nm-jarud/configuration/departments",
                admin,
                departments.toString(),
                current.headers().firstValue("ETag").orElseThrow());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body())
                .contains("department 'human-resources' cannot be removed while referenced")
                .contains(body.path("code").asString())
                .contains("category labor (lead)");
    }

    @Test
    void aCategoryRetiredByTheAdminIsRefusedAtIntakeAndAcceptedAgainOnceRestored() throws Exception {
        String admin = callers.admin("nm-horqin");
        String hotline = callers.hotline("nm-horqin");
        HttpResponse<String> current = send("GET", "/api/v1/tenants/nm-horqin/configuration", admin, null, null);
        long version = JSON.readTree(current.body()).path("version").asLong();
        ObjectNode categories = JSON.createObjectNode();
        ArrayNode list = categories.putArray("categories");
        JSON.readTree(current.body()).path("categories").forEach(category -> {
            ObjectNode copy = (ObjectNode) category.deepCopy();
            if (copy.path("code").asString().equals("medical")) {
                copy.put("retired", true);
            }
            list.add(copy);
        });
        HttpResponse<String> retired = send(
                "PUT",
                "/api/v1/tenants/nm-horqin/configuration/categories",
                admin,
                categories.toString(),
                current.headers().firstValue("ETag").orElseThrow());
        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);

        HttpResponse<String> refused = awaitStatus(hotline, medical(), 422);
        assertThat(refused.body()).contains("categoryCode").contains("is retired");

        HttpResponse<String> restored = send(
                "POST",
                "/api/v1/tenants/nm-horqin/configuration-versions/" + version + "/restoration",
                admin,
                null,
                retired.headers().firstValue("ETag").orElseThrow());
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        awaitStatus(hotline, medical(), 201);
    }

    private static String medical() {
        return """
                {"channel":"HOTLINE_12345","categoryCode":"medical","description":"医疗费用纠纷，请求调解",
                 "orgUnitCode":"150502","parties":[{"kind":"PERSON","role":"APPLICANT","name":"赵某"}]}""";
    }

    private static HttpResponse<String> awaitStatus(String token, String matter, int status) throws Exception {
        return GatewayCalls.await(() -> send("POST", "/api/v1/tenants/nm-horqin/matters", token, matter, null), status);
    }

    private static HttpResponse<String> send(String method, String path, String token, String body, String ifMatch)
            throws Exception {
        return calls.send(method, path, token, body, ifMatch);
    }
}
