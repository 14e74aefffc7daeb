package io.onedoor.cases.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseApi.Response;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.ChinaClock;
import io.onedoor.cases.Requests;
import io.onedoor.cases.TestTokens;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.testsupport.TestIssuer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Deadlines counted on the center's working calendar across China's long holidays (closure in
 * working days, response in working minutes within the center's working hours), with the
 * service's clock set to the moment of registration or dispatch.
 */
@CaseServiceTest
@Import(DeadlinesIntegrationTest.Clocks.class)
class DeadlinesIntegrationTest {

    @Autowired
    CaseApi api;

    @Autowired
    ChinaClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void normalMatterRegisteredTheFridayBeforeSpringFestivalIsDueTheFridayAfterIt() {
        TenantCode altay = api.onboard("due-altay", "654301");
        // Fri 13 Feb 2026, 16:20 in Altay's center. Holidays Sun 15 - Mon 23 Feb; make-up Sat 14.
        clock.set(LocalDateTime.parse("2026-02-13T16:20:00"));

        Response registered = api.register(altay, Requests.machineryRent("before the holiday"));

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.body().path("complexity").asString()).isEqualTo("NORMAL");
        assertThat(registered.body().path("closureDueOn").asString()).isEqualTo("2026-02-27");
        assertThat(registered.body().path("responseDueAt").asString()).isEqualTo("2026-02-13T08:50:00Z");
        assertThat(registered.body().path("code").asString()).startsWith("654301-2026-");
        assertThat(jdbc.queryForObject(
                        "select closure_due_on from " + altay.quotedSchemaName() + ".matter", LocalDate.class))
                .isEqualTo(LocalDate.parse("2026-02-27"));
        // The ledger shows it too, so a list can light its deadlines without opening each matter.
        var listed = api.list(altay, "").body().path("items").get(0);
        assertThat(listed.path("closureDueOn").asString()).isEqualTo("2026-02-27");
        assertThat(listed.path("complexity").asString()).isEqualTo("NORMAL");
        assertThat(listed.path("leadDepartment").asString())
                .isEqualTo(registered.body().path("leadDepartment").asString())
                .isNotBlank();
    }

    @Test
    void closureAroundNationalDayCountsTheMakeUpWeekendDays() {
        TenantCode gaochang = api.onboard("due-gaochang", "650402");

        // Fri 18 Sep: Sun 20 is a make-up workday; 5 working days end on Thu 24 Sep.
        clock.set(LocalDateTime.parse("2026-09-18T10:00:00"));
        Response beforeMakeUpSunday = api.register(gaochang, Requests.machineryRent("in September"));
        // Wed 30 Sep: 1-7 Oct off; Thu 8, Fri 9, Sat 10 (make-up), Mon 12, Tue 13.
        clock.set(LocalDateTime.parse("2026-09-30T15:00:00"));
        Response beforeNationalDay = api.register(gaochang, Requests.machineryRent("before National Day"));

        assertThat(beforeMakeUpSunday.body().path("closureDueOn").asString()).isEqualTo("2026-09-24");
        assertThat(beforeNationalDay.body().path("closureDueOn").asString()).isEqualTo("2026-10-13");
    }

    @Test
    void matterWhoseClosureRunsIntoAnUnknownYearIsRegisteredWithoutIt() {
        TenantCode bortala = api.onboard("due-bortala", "652701");
        clock.set(LocalDateTime.parse("2026-12-29T09:30:00"));

        Response registered = api.register(bortala, Requests.machineryRent("at the turn of the year"));

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.body().has("closureDueOn")).isFalse();
        assertThat(registered.body().path("responseDueAt").asString()).isEqualTo("2026-12-29T02:00:00Z");
    }

    @Test
    void responseToAMatterRegisteredInTheNightIsDueHalfAnHourAfterTheCenterOpens() {
        TenantCode moyu = api.onboard("due-moyu", "653222");
        // Tue 10 Mar 2026, 04:10 in China: the center opens at 09:00.
        clock.set(LocalDateTime.parse("2026-03-10T04:10:00"));

        Response registered = api.register(moyu, Requests.machineryRent("in the night"));

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.body().path("responseDueAt").asString()).isEqualTo("2026-03-10T01:30:00Z");
    }

    @Test
    void assignmentsDispatchedAfterClosingBeforeNationalDayAreDueOnTheFirstMorningAfterIt() {
        TenantCode qinghe = api.onboard("due-qinghe", "654325");
        CaseApi staff = api.as(TestTokens.ISSUER.token(TestIssuer.staff(qinghe.value(), Requests.ORG_UNIT)));
        clock.set(LocalDateTime.parse("2026-09-30T16:00:00"));
        Response registered = api.register(qinghe, Requests.machineryRent("the last afternoon before National Day"));
        String path = "/api/v1/tenants/" + qinghe.value() + "/matters/"
                + registered.body().path("id").asString() + "/dispatch";

        // Wed 30 Sep, 17:50: the center closed at 17:30; 1-7 Oct are off; Thu 8 Oct opens at 09:00.
        clock.set(LocalDateTime.parse("2026-09-30T17:50:00"));
        Response dispatched = staff.send(
                "POST",
                path,
                Map.of(),
                null,
                Map.of("If-Match", registered.headers().getETag()));

        assertThat(dispatched.status()).isEqualTo(200);
        assertThat(registered.body().path("responseDueAt").asString()).isEqualTo("2026-09-30T08:30:00Z");
        List<JsonNode> assignments = new ArrayList<>();
        dispatched.body().path("assignments").forEach(assignments::add);
        assertThat(assignments).isNotEmpty().allSatisfy(assignment -> {
            assertThat(assignment.path("responseDueAt").asString()).isEqualTo("2026-10-08T01:30:00Z");
            assertThat(assignment.path("handlingDueOn").asString()).isEqualTo("2026-10-13");
        });
    }

    @Test
    void aRotatingDepartmentOffDutyOnTheDayOfDispatchIsFlaggedWithItsNextDutyDay() {
        // Agriculture sits at the center on Tuesdays, labor inspection on Mondays.
        TenantCode fuyun = api.onboard("due-fuyun", "654322", center -> center.rota("agriculture", "TUESDAY")
                .rota("labor-inspection", "MONDAY"));
        CaseApi staff = api.as(TestTokens.ISSUER.token(TestIssuer.staff(fuyun.value(), Requests.ORG_UNIT)));
        // Mon 23 Nov 2026, 10:00.
        clock.set(LocalDateTime.parse("2026-11-23T10:00:00"));
        Response registered = api.register(fuyun, Requests.machineryRent("a tractor's wages"));
        String path = "/api/v1/tenants/" + fuyun.value() + "/matters/"
                + registered.body().path("id").asString();

        Response dispatched = staff.send(
                "POST",
                path + "/dispatch",
                Map.of(
                        "leadDepartment", "hrss",
                        "coHandlers", List.of("agriculture", "labor-inspection"),
                        "reason", "the tractor was hired for the farm"),
                null,
                Map.of("If-Match", registered.headers().getETag()));

        assertThat(dispatched.status()).as(dispatched.text()).isEqualTo(200);
        List<JsonNode> assignments = new ArrayList<>();
        dispatched.body().path("assignments").forEach(assignments::add);
        assertThat(assignments)
                .extracting(a -> a.path("department").asString() + "@"
                        + a.path("nextDutyOn").asString("here"))
                .containsExactly("hrss@here", "agriculture@2026-11-24", "labor-inspection@here");
        JsonNode dispatchStep = staff.send("GET", path + "/timeline", null, null)
                .body()
                .path("items")
                .get(1);
        assertThat(dispatchStep
                        .path("details")
                        .path("offDutyUntil")
                        .path("agriculture")
                        .asString())
                .isEqualTo("2026-11-24");
    }

    @Test
    void centerThatSetsItsOwnHoursCountsTheResponseInThem() {
        TenantCode karamay = api.onboard("due-karamay", "650203", center -> center.workingHours("10:00", "19:30"));
        // Xinjiang's centers often keep later hours: 17:50 is still working time here.
        clock.set(LocalDateTime.parse("2026-09-30T17:50:00"));

        Response registered = api.register(karamay, Requests.machineryRent("in the evening"));

        assertThat(registered.body().path("responseDueAt").asString()).isEqualTo("2026-09-30T10:20:00Z");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        @Primary
        ChinaClock settableClock() {
            return new ChinaClock();
        }
    }
}
