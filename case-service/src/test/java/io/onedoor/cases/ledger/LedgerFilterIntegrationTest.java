package io.onedoor.cases.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseApi.Response;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.Requests;
import io.onedoor.cases.TestTokens;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.testsupport.TestIssuer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The ledger (一本账) narrowed as a center's staff narrow it: by status, by the department that
 * has the matter, by class, category, channel, overdue and registration day; each row shows who
 * holds the matter and its next deadline.
 */
@CaseServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerFilterIntegrationTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    CaseApi api;

    @Autowired
    JdbcTemplate jdbc;

    TenantCode naiman;
    CaseApi staff;
    String wages;
    String dispatched;
    String accident;
    String bigClaim;

    @BeforeAll
    void aLedgerOfFourMatters() {
        naiman = api.onboard("ledger-naiman", "654301");
        staff = api.as(TestTokens.ISSUER.token(TestIssuer.staff(naiman.value(), Requests.ORG_UNIT)));
        wages = id(api.register(naiman, Requests.machineryRent("wages, registered only")));
        Response toDispatch = api.register(naiman, Requests.machineryRent("wages, dispatched"));
        dispatched = id(toDispatch);
        Response step = staff.send(
                "POST",
                "/api/v1/tenants/" + naiman.value() + "/matters/" + dispatched + "/dispatch",
                Map.of(),
                null,
                Map.of("If-Match", toDispatch.headers().getETag()));
        assertThat(step.status()).isEqualTo(200);
        Map<String, Object> crash = Requests.machineryRent("a crash at the crossing");
        crash.put("categoryCode", "traffic.accident");
        crash.put("channel", "POLICE");
        accident = id(api.register(naiman, crash));
        Map<String, Object> big = Requests.machineryRent("36 workers, 800,000 yuan");
        big.put("amountFen", 80_000_000L * 2);
        bigClaim = id(api.register(naiman, big));
    }

    @Test
    void byStatusAndByTheDepartmentThatHasTheMatter() {
        assertThat(ids("?status=DISPATCHED")).containsExactly(dispatched);
        assertThat(ids("?status=REGISTERED,DISPATCHED")).contains(wages, dispatched, accident, bigClaim);
        // The court helps on wage arrears: it holds the dispatched matter's assignment.
        assertThat(ids("?department=court")).containsExactly(dispatched);
        assertThat(ids("?department=hrss"))
                .contains(wages, dispatched, bigClaim)
                .doesNotContain(accident);
        assertThat(ids("?department=police")).containsExactly(accident);
    }

    @Test
    void byClassCategoryAndChannel() {
        assertThat(ids("?complexity=DIFFICULT")).containsExactly(bigClaim);
        assertThat(ids("?categoryCode=labor")).containsExactlyInAnyOrder(wages, dispatched, bigClaim);
        assertThat(ids("?categoryCode=traffic.accident")).containsExactly(accident);
        assertThat(ids("?channel=POLICE")).containsExactly(accident);
    }

    @Test
    void overdueMeansOpenAndPastItsClosureDue() {
        assertThat(ids("?overdue=true")).isEmpty();
        jdbc.update(
                "update " + naiman.schemaName() + ".matter set closure_due_on = ? where id = ?",
                LocalDate.now(CHINA).minusDays(1),
                UUID.fromString(wages));
        assertThat(ids("?overdue=true")).containsExactly(wages);
        assertThat(ids("?overdue=false"))
                .contains(dispatched, accident, bigClaim)
                .doesNotContain(wages);
    }

    @Test
    void byLight() {
        // Every matter starts green; the deadline engine turns the light as due times pass
        // (TimersIntegrationTest), set here as it would leave it.
        assertThat(ids("?light=GREEN")).contains(wages, dispatched, accident, bigClaim);
        jdbc.update(
                "update " + naiman.schemaName() + ".matter set light = 'RED' where id = ?", UUID.fromString(accident));
        jdbc.update(
                "update " + naiman.schemaName() + ".matter set light = 'YELLOW' where id = ?",
                UUID.fromString(bigClaim));

        assertThat(ids("?light=RED")).containsExactly(accident);
        assertThat(ids("?light=RED,YELLOW")).containsExactlyInAnyOrder(accident, bigClaim);
        assertThat(ids("?light=GREEN")).contains(wages, dispatched).doesNotContain(accident, bigClaim);
        assertThat(ids("?light=YELLOW&complexity=DIFFICULT")).containsExactly(bigClaim);

        Response unknown = api.list(naiman, "?light=BLUE");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("errors").get(0).path("field").asString())
                .isEqualTo("light");
        Response blank = api.list(naiman, "?light=%00");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body().path("errors").get(0).path("field").asString()).isEqualTo("light");
        jdbc.update("update " + naiman.schemaName() + ".matter set light = 'GREEN' where id = any(?)", (Object)
                new UUID[] {UUID.fromString(accident), UUID.fromString(bigClaim)});
    }

    @Test
    void byTheDayOfRegistrationInChina() {
        LocalDate today = LocalDate.now(CHINA);
        assertThat(ids("?registeredFrom=" + today + "&registeredTo=" + today))
                .contains(wages, dispatched, accident, bigClaim);
        assertThat(ids("?registeredFrom=" + today.plusDays(1))).isEmpty();
        assertThat(ids("?registeredTo=" + today.minusDays(1))).isEmpty();

        Response backwards = api.list(naiman, "?registeredFrom=" + today + "&registeredTo=" + today.minusDays(1));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().path("errors").get(0).path("field").asString())
                .isEqualTo("registeredTo");
        Response unknownStatus = api.list(naiman, "?status=PENDING");
        assertThat(unknownStatus.status()).isEqualTo(400);
        // A control character is trimmed to nothing by the conversion; it still names no status.
        Response blankStatus = api.list(naiman, "?status=%00");
        assertThat(blankStatus.status()).isEqualTo(400);
        assertThat(blankStatus.body().path("errors").get(0).path("field").asString())
                .isEqualTo("status");
    }

    @Test
    void eachRowShowsWhoHoldsTheMatterAndItsNextDeadline() {
        JsonNode row = rows("?status=DISPATCHED").getFirst();
        List<String> holders = new ArrayList<>();
        row.path("holders").forEach(holder -> holders.add(holder.asString()));
        assertThat(holders).containsExactly("hrss", "labor-inspection", "court");
        // Waiting for sign-off: the next deadline is the assignments' response due, minutes of
        // working time away (over a night, a weekend or at most a long holiday).
        Instant next = Instant.parse(row.path("nextDueAt").asString());
        assertThat(next).isAfter(Instant.now()).isBefore(Instant.now().plusSeconds(10 * 24 * 3600));

        JsonNode waiting = rows("?channel=POLICE").getFirst();
        assertThat(waiting.path("holders")).isEmpty();
        assertThat(waiting.path("nextDueAt").asString()).isNotEmpty();
    }

    private List<String> ids(String query) {
        return rows(query).stream().map(row -> row.path("id").asString()).toList();
    }

    private List<JsonNode> rows(String query) {
        Response page = api.list(naiman, query + (query.isEmpty() ? "?" : "&") + "limit=200");
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        List<JsonNode> rows = new ArrayList<>();
        page.body().path("items").forEach(rows::add);
        return rows;
    }

    private static String id(Response registered) {
        assertThat(registered.status()).isEqualTo(201);
        return registered.body().path("id").asString();
    }
}
