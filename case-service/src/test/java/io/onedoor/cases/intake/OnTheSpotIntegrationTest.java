package io.onedoor.cases.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseApi.Response;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.Requests;
import io.onedoor.cases.TestTokens;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.testsupport.TestIssuer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * 当场办结: a simple matter resolved at the intake window is registered closed, in time, and is
 * still followed up; anything harder goes the whole way.
 */
@CaseServiceTest
class OnTheSpotIntegrationTest {

    @Autowired
    CaseApi api;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSimpleMatterResolvedAtTheWindowIsClosedAtOnceAndStillFollowedUp() {
        TenantCode yutian = api.onboard("spot-yutian", "653226");
        Map<String, Object> scrape = fenderBender();
        scrape.put("resolution", Map.of("kind", "MEDIATED_AGREEMENT", "summary", "双方当场协商，赔偿修车费"));

        Response registered = api.register(yutian, scrape);

        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        JsonNode matter = registered.body();
        assertThat(matter.path("complexity").asString()).isEqualTo("SIMPLE");
        assertThat(matter.path("status").asString()).isEqualTo("CLOSED");
        assertThat(matter.path("closedAt").asString())
                .isEqualTo(matter.path("registeredAt").asString());
        assertThat(matter.path("closedOnTime").asBoolean()).isTrue();
        assertThat(matter.path("outcome").path("kind").asString()).isEqualTo("MEDIATED_AGREEMENT");
        assertThat(matter.path("followUpDueOn").asString()).isNotEmpty();
        assertThat(matter.path("nextSteps").toString()).isEqualTo("[\"recordFollowUp\"]");

        String path = "/api/v1/tenants/" + yutian.value() + "/matters/"
                + matter.path("id").asString();
        Response timeline = api.send("GET", path + "/timeline", null, null);
        List<JsonNode> items = new ArrayList<>();
        timeline.body().path("items").forEach(items::add);
        assertThat(items).extracting(item -> item.path("kind").asString()).containsExactly("REGISTERED", "CLOSED");
        assertThat(items.get(1).path("details").path("onTheSpot").asBoolean()).isTrue();

        CaseApi window = api.as(TestTokens.ISSUER.token(TestIssuer.staff(yutian.value(), Requests.ORG_UNIT)));
        Response visited = window.send(
                "POST",
                path + "/follow-ups",
                Map.of("satisfaction", "SATISFIED"),
                null,
                Map.of("If-Match", registered.headers().getETag()));
        assertThat(visited.status()).as(visited.text()).isEqualTo(200);
        assertThat(visited.body().path("status").asString()).isEqualTo("FOLLOWED_UP");
    }

    @Test
    void aMatterThatIsNotSimpleCannotBeResolvedOnTheSpotAndNothingIsRegistered() {
        TenantCode hotan = api.onboard("spot-hotan", "653201");
        Map<String, Object> wages = Requests.machineryRent("too big for the window");
        wages.put("resolution", Map.of("kind", "MEDIATED_AGREEMENT", "summary", "当场调解"));

        Response refused = api.register(hotan, wages);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(fields(refused)).containsExactly("resolution");
        assertThat(refused.body().path("errors").get(0).path("message").asString())
                .contains("NORMAL");
        assertThat(count(hotan, "matter")).isZero();
        assertThat(count(hotan, "matter_event")).isZero();
    }

    @Test
    void anOnTheSpotPaymentNamesItsAmountOrIsRefusedNamingIt() {
        TenantCode minfeng = api.onboard("spot-minfeng", "653227");
        Map<String, Object> scrape = fenderBender();
        scrape.put("resolution", Map.of("kind", "PAYMENT_AGREEMENT", "summary", "当场赔付"));

        Response refused = api.register(minfeng, scrape);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(fields(refused)).containsExactly("resolution.amountFen");
        assertThat(count(minfeng, "matter")).isZero();
    }

    /** A scraped bumper between two drivers: a traffic accident the center's rules class SIMPLE. */
    private static Map<String, Object> fenderBender() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", "WALK_IN");
        body.put("categoryCode", "traffic.accident");
        body.put("description", "两车倒车时轻微剐蹭，双方对修车费有争议。");
        body.put("amountFen", 80_000L);
        body.put("orgUnitCode", Requests.ORG_UNIT);
        body.put("parties", List.of(Requests.person("APPLICANT", "李四", Requests.LI_ID, "13912345678")));
        return body;
    }

    private int count(TenantCode tenant, String table) {
        Integer rows = jdbc.queryForObject("select count(*) from " + tenant.schemaName() + "." + table, Integer.class);
        return rows == null ? 0 : rows;
    }

    private static List<String> fields(Response problem) {
        List<String> fields = new ArrayList<>();
        problem.body()
                .path("errors")
                .forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }
}
