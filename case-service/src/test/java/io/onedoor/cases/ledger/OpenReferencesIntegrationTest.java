package io.onedoor.cases.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseApi.Response;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.Requests;
import io.onedoor.cases.TestTokens;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.testsupport.TestIssuer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** tenant-service asks which departments and categories a center's open matters still name. */
@CaseServiceTest
class OpenReferencesIntegrationTest {

    @Autowired
    CaseApi api;

    @Test
    void countsOpenMattersPerLeadDepartmentAndCategoryWithTheOldestFiveAsExamples() {
        TenantCode tongliao = api.onboard("refs-tongliao", "150500");
        TenantCode horqin = api.onboard("refs-horqin", "150502");
        List<String> wageArrears = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            wageArrears.add(code(api.register(tongliao, Requests.machineryRent("wages " + i))));
        }
        String accident = code(api.register(tongliao, matter("traffic.accident", "accident")));
        api.register(tongliao, matter("family.neighbours", "no lead"));
        // Another center's matters with the same codes are never counted.
        for (int i = 0; i < 3; i++) {
            api.register(horqin, Requests.machineryRent("horqin " + i));
        }
        api.register(horqin, matter("traffic.accident", "horqin accident"));

        Response found = references(
                tongliao,
                "departments=police,hrss,court,nobody&categories=labor.wage-arrears,land.contracting,traffic.accident");

        assertThat(found.status()).isEqualTo(200);
        assertThat(summary(found.body().path("departments")))
                .containsExactly(Map.of("police", List.of(accident)), Map.of("hrss", wageArrears.subList(0, 5)));
        assertThat(counts(found.body().path("departments"))).containsExactly(1L, 7L);
        assertThat(summary(found.body().path("categories")))
                .containsExactly(
                        Map.of("labor.wage-arrears", wageArrears.subList(0, 5)),
                        Map.of("traffic.accident", List.of(accident)));
        assertThat(counts(found.body().path("categories"))).containsExactly(7L, 1L);

        Response atHorqin = references(horqin, "departments=hrss&categories=family.neighbours");
        assertThat(counts(atHorqin.body().path("departments"))).containsExactly(3L);
        assertThat(atHorqin.body().path("categories")).isEmpty();
        assertThat(atHorqin.text()).doesNotContain("150500-");
    }

    @Test
    void aDepartmentHoldingAnAssignmentOfAnOpenMatterIsNamedUntilTheMatterEnds() {
        TenantCode kailu = api.onboard("refs-kailu", "150523");
        CaseApi staff = api.as(TestTokens.ISSUER.token(TestIssuer.staff(kailu.value(), Requests.ORG_UNIT)));
        Response registered = api.register(kailu, Requests.machineryRent("helped by the court"));
        String path = "/api/v1/tenants/" + kailu.value() + "/matters/"
                + registered.body().path("id").asString();
        // The standard path of wage arrears: human resources leads, labor inspection and the court help.
        Response dispatched = staff.send("POST", path + "/dispatch", Map.of(), null, Map.of("If-Match", "\"0\""));
        assertThat(dispatched.status()).isEqualTo(200);

        Response named = references(kailu, "departments=court,labor-inspection,police");
        assertThat(summary(named.body().path("departments")))
                .containsExactly(
                        Map.of("court", List.of(code(registered))),
                        Map.of("labor-inspection", List.of(code(registered))));

        Response withdrawn = staff.send(
                "POST",
                path + "/withdrawal",
                Map.of("reason", "settled privately"),
                null,
                Map.of("If-Match", dispatched.headers().getETag()));
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(references(kailu, "departments=court,labor-inspection")
                        .body()
                        .path("departments"))
                .isEmpty();
    }

    @Test
    void nothingAskedOrNothingOpenAnswersEmptyLists() {
        TenantCode moyu = api.onboard("refs-moyu", "653222");

        for (String query : List.of("", "departments=hrss&categories=labor.wage-arrears")) {
            Response found = references(moyu, query);
            assertThat(found.status()).isEqualTo(200);
            assertThat(found.body().path("departments")).isEmpty();
            assertThat(found.body().path("categories")).isEmpty();
        }
    }

    @Test
    void unknownTenantIsNotFound() {
        TenantCode ghost = CaseApi.newTenantCode("refs-ghost");

        for (String tenant : List.of(ghost.value(), "Not-A-Tenant", "public")) {
            Response answer = api.send(
                    "GET", "/internal/v1/tenants/" + tenant + "/open-matter-references?departments=hrss", null, null);
            assertThat(answer.status()).as(tenant).isEqualTo(404);
            assertThat(answer.problemType()).as(tenant).endsWith("/tenant-not-found");
        }
    }

    @Test
    void tooManyOrTooLongCodesAreRefused() {
        TenantCode aksu = api.onboard("refs-aksu", "652901");

        Response tooLong = references(aksu, "departments=" + "x".repeat(61));
        Response tooMany = references(aksu, "departments=" + String.join(",", java.util.Collections.nCopies(301, "d")));

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooMany.status()).isEqualTo(400);
    }

    private Response references(TenantCode tenant, String query) {
        return api.send(
                "GET",
                "/internal/v1/tenants/" + tenant.value() + "/open-matter-references"
                        + (query.isEmpty() ? "" : "?" + query),
                null,
                null);
    }

    private static Map<String, Object> matter(String category, String marker) {
        Map<String, Object> body = Requests.machineryRent(marker);
        body.put("categoryCode", category);
        return body;
    }

    private static String code(Response registered) {
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        return registered.body().path("code").asString();
    }

    private static List<Map<String, List<String>>> summary(JsonNode references) {
        List<Map<String, List<String>>> summary = new ArrayList<>();
        references.forEach(reference -> {
            List<String> examples = new ArrayList<>();
            reference.path("examples").forEach(example -> examples.add(example.asString()));
            summary.add(Map.of(reference.path("code").asString(), examples));
        });
        return summary;
    }

    private static List<Long> counts(JsonNode references) {
        List<Long> counts = new ArrayList<>();
        references.forEach(reference -> counts.add(reference.path("openMatters").asLong()));
        return counts;
    }
}
