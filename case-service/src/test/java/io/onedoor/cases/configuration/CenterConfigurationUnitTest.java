package io.onedoor.cases.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onedoor.cases.CenterSnapshots;
import io.onedoor.cases.matter.CategoryCode;
import io.onedoor.cases.matter.Channel;
import io.onedoor.cases.matter.Complexity;
import io.onedoor.cases.matter.MatterIntake;
import io.onedoor.cases.matter.MatterTerms;
import io.onedoor.cases.matter.OrgUnitCode;
import io.onedoor.cases.matter.Party;
import io.onedoor.cases.matter.PartyKind;
import io.onedoor.cases.matter.PartyRole;
import io.onedoor.support.calendar.WorkingCalendar;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.web.Problems.FieldProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The rules a snapshot brings to intake: what is accepted, how a matter is classed, when it is due. */
class CenterConfigurationUnitTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final TenantCode ALTAY = new TenantCode("xj-altay");
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    final CenterSnapshots.Snapshot snapshot =
            CenterSnapshots.center(ALTAY, "654301").orgUnit("654301101").retiredOrgUnit("654301102");

    @Test
    void normalMatterRegisteredBeforeSpringFestivalIsDueAfterItOnTheFifthWorkingDay() {
        // Fri 13 Feb 2026; working days after it: Sat 14 (make-up), Tue 24, Wed 25, Thu 26, Fri 27.
        Instant registered = at("2026-02-13T10:15");

        MatterTerms terms = configuration().termsFor(wageArrears(4_160_000L, 2), registered);

        assertThat(terms.complexity()).isEqualTo(Complexity.NORMAL);
        assertThat(terms.closureDueOn()).isEqualTo(LocalDate.parse("2026-02-27"));
        assertThat(terms.responseDueAt()).isEqualTo(registered.plus(Duration.ofMinutes(30)));
        assertThat(terms.leadDepartment()).isEqualTo("hrss");
    }

    @Test
    void closureAroundNationalDayCountsTheMakeUpSundayAndSaturdayAndSkipsTheHolidays() {
        WorkingCalendar days = configuration().calendar();

        // Fri 18 Sep: Sun 20 (make-up), Mon 21, Tue 22, Wed 23, Thu 24.
        assertThat(configuration()
                        .termsFor(wageArrears(null, 2), at("2026-09-18T09:00"))
                        .closureDueOn())
                .isEqualTo(LocalDate.parse("2026-09-24"));
        // Wed 30 Sep: 1-7 Oct off, then Thu 8, Fri 9, Sat 10 (make-up), Mon 12, Tue 13.
        assertThat(configuration()
                        .termsFor(wageArrears(null, 2), at("2026-09-30T16:40"))
                        .closureDueOn())
                .isEqualTo(LocalDate.parse("2026-10-13"));
        assertThat(days.isWorkingDay(LocalDate.parse("2026-09-20"))).isTrue();
        assertThat(days.isWorkingDay(LocalDate.parse("2026-09-19"))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.parse("2026-10-05"))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();
        assertThat(days.isWorkingDay(LocalDate.parse("2026-10-11"))).isFalse();
    }

    @Test
    void theRegistrationDateIsChinasEvenWhenItIsStillTheDayBeforeInUtc() {
        // 17:30 UTC on Thu 12 Feb is 01:30 on Fri 13 Feb in China.
        Instant registered = Instant.parse("2026-02-12T17:30:00Z");

        assertThat(configuration().termsFor(wageArrears(null, 1), registered).closureDueOn())
                .isEqualTo(LocalDate.parse("2026-02-27"));
    }

    @Test
    void closureRunningIntoAYearTheCalendarLacksIsLeftOpenButTheResponseDeadlineStands() {
        Instant registered = at("2026-12-28T11:00");

        MatterTerms terms = configuration().termsFor(wageArrears(null, 2), registered);

        assertThat(terms.closureDueOn()).isNull();
        assertThat(terms.responseDueAt()).isEqualTo(registered.plus(Duration.ofMinutes(30)));
        assertThat(configuration().workingDaysAfter(LocalDate.parse("2026-12-31"), 1))
                .isEmpty();
        assertThat(configuration().workingDaysAfter(LocalDate.parse("2026-12-28"), 3))
                .contains(LocalDate.parse("2026-12-31"));
    }

    @Test
    void responseRunsOnlyInTheCentersWorkingHours() {
        // Wed 30 Sep 17:50 is after closing; 1-7 Oct are off; Thu 8 Oct opens at 09:00.
        assertThat(configuration()
                        .termsFor(wageArrears(null, 2), at("2026-09-30T17:50"))
                        .responseDueAt())
                .isEqualTo(at("2026-10-08T09:30"));
        // Registered in the night of a working day: 30 minutes from the opening.
        assertThat(configuration()
                        .termsFor(wageArrears(null, 2), at("2026-03-10T04:10"))
                        .responseDueAt())
                .isEqualTo(at("2026-03-10T09:30"));
    }

    @Test
    void centerThatWorksTheEveningCountsItsOwnHours() {
        snapshot.workingHours("08:00", "20:00");

        assertThat(configuration()
                        .termsFor(wageArrears(null, 2), at("2026-09-30T17:50"))
                        .responseDueAt())
                .isEqualTo(at("2026-09-30T18:20"));
    }

    @Test
    void snapshotWithWorkingHoursNoCalendarCouldCountIsRefused() {
        var reader = new SnapshotJson(JSON);

        snapshot.workingHours("09:00", "12:00", "11:00", "17:30");
        String overlapping = JSON.writeValueAsString(snapshot.json());
        snapshot.workingHours("09:00", "25:00");
        String notATime = JSON.writeValueAsString(snapshot.json());

        assertThatThrownBy(() -> reader.read(overlapping, ALTAY))
                .isInstanceOf(SnapshotJson.MalformedSnapshotException.class)
                .hasMessageContaining("workingHours[1].start");
        assertThatThrownBy(() -> reader.read(notATime, ALTAY))
                .isInstanceOf(SnapshotJson.MalformedSnapshotException.class)
                .hasMessage("the snapshot has working hours that are not times of day");
    }

    @Test
    void responseRunningIntoAYearTheCalendarLacksIsLeftOpen() {
        MatterTerms terms = configuration().termsFor(wageArrears(null, 2), at("2026-12-31T17:20"));

        assertThat(terms.responseDueAt()).isNull();
        assertThat(terms.closureDueOn()).isNull();
    }

    @Test
    void amountOfAMillionYuanOrTenPartiesMakeAMatterDifficult() {
        CenterConfiguration center = configuration();
        Instant registered = at("2026-03-02T09:00");

        assertThat(center.termsFor(wageArrears(100_000_000L, 2), registered).complexity())
                .isEqualTo(Complexity.DIFFICULT);
        assertThat(center.termsFor(wageArrears(99_999_999L, 9), registered).complexity())
                .isEqualTo(Complexity.NORMAL);
        assertThat(center.termsFor(wageArrears(null, 10), registered).complexity())
                .isEqualTo(Complexity.DIFFICULT);
        MatterTerms difficult = center.termsFor(wageArrears(null, 10), registered);
        // Difficult: 2 hours to respond, 15 working days to close (Mon 2 Mar -> Mon 23 Mar).
        assertThat(difficult.responseDueAt()).isEqualTo(registered.plus(Duration.ofHours(2)));
        assertThat(difficult.closureDueOn()).isEqualTo(LocalDate.parse("2026-03-23"));
    }

    @Test
    void theFirstMatchingRuleGivesTheClass() {
        CenterConfiguration center = configuration();
        Instant registered = at("2026-03-02T09:00");

        // traffic.accident: DIFFICULT from 500,000 yuan, then SIMPLE for any matter with a party.
        assertThat(center.termsFor(intake("traffic.accident", "654301", 50_000_000L, 1), registered)
                        .complexity())
                .isEqualTo(Complexity.DIFFICULT);
        MatterTerms simple = center.termsFor(intake("traffic.accident", "654301", 1_000L, 1), registered);
        assertThat(simple.complexity()).isEqualTo(Complexity.SIMPLE);
        assertThat(simple.leadDepartment()).isEqualTo("police");
        assertThat(simple.closureDueOn()).isEqualTo(LocalDate.parse("2026-03-05"));
    }

    @Test
    void categoryWithoutDeadlinesOrLeadGetsNeither() {
        MatterTerms terms =
                configuration().termsFor(intake("family.neighbours", "654301", null, 2), at("2026-03-02T09:00"));

        assertThat(terms).isEqualTo(new MatterTerms(Complexity.NORMAL, null, null, null));
    }

    @Test
    void unknownOrRetiredCategoriesAndOrgUnitsAreAllRefusedTogether() {
        CenterConfiguration center = configuration();

        assertThat(center.refusals(intake("labor.wage-arrears", "654301101", null, 1)))
                .isEmpty();
        assertThat(center.refusals(intake("consumer.contract", "654301", null, 1)))
                .containsExactly(new FieldProblem("categoryCode", "is not a category of this center"));
        assertThat(center.refusals(intake("land.contracting", "654301", null, 1)))
                .containsExactly(new FieldProblem("categoryCode", "is retired"));
        assertThat(center.refusals(intake("labor.wage-arrears", "654301102", null, 1)))
                .containsExactly(new FieldProblem("orgUnitCode", "is retired"));
        assertThat(center.refusals(intake("land.contracting", "653001", null, 1)))
                .containsExactly(
                        new FieldProblem("categoryCode", "is retired"),
                        new FieldProblem("orgUnitCode", "is not an org unit of this center"));
    }

    @Test
    void aRuleWithoutThresholdsMatchesNothing() {
        var rule = new ComplexityRule(Complexity.SIMPLE, null, null);

        assertThat(rule.matches(0L, 1)).isFalse();
        assertThat(rule.matches(null, 200)).isFalse();
    }

    @Test
    void snapshotOfAnotherTenantOrMissingWhatTheRulesNeedIsRefused() {
        var reader = new SnapshotJson(JSON);
        String json = JSON.writeValueAsString(snapshot.json());

        assertThatThrownBy(() -> reader.read(json, new TenantCode("xj-atushi")))
                .isInstanceOf(SnapshotJson.MalformedSnapshotException.class);
        Map<String, Object> withoutCalendar = new java.util.LinkedHashMap<>(snapshot.json());
        withoutCalendar.remove("calendar");
        assertThatThrownBy(() -> reader.read(JSON.writeValueAsString(withoutCalendar), ALTAY))
                .isInstanceOf(SnapshotJson.MalformedSnapshotException.class)
                .hasMessageContaining("calendar");
        assertThatThrownBy(() -> reader.read("{\"tenant\":", ALTAY))
                .isInstanceOf(SnapshotJson.MalformedSnapshotException.class);
        // Fields the contract may gain later are skipped.
        Map<String, Object> withMore = new java.util.LinkedHashMap<>(snapshot.json());
        withMore.put("kpis", List.of());
        assertThat(reader.read(JSON.writeValueAsString(withMore), ALTAY).etag()).isEqualTo(snapshot.etag());
    }

    private CenterConfiguration configuration() {
        return new SnapshotJson(JSON).read(JSON.writeValueAsString(snapshot.json()), ALTAY);
    }

    private static Instant at(String chinaLocalTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(chinaLocalTime), CHINA)
                .toInstant();
    }

    private static MatterIntake wageArrears(@Nullable Long amountFen, int parties) {
        return intake("labor.wage-arrears", "654301", amountFen, parties);
    }

    private static MatterIntake intake(String category, String orgUnit, @Nullable Long amountFen, int parties) {
        List<Party> people = new ArrayList<>();
        for (int i = 0; i < parties; i++) {
            people.add(new Party(
                    PartyKind.PERSON, i == 0 ? PartyRole.APPLICANT : PartyRole.RESPONDENT, "工人" + i, null, null));
        }
        return new MatterIntake(
                Channel.WALK_IN,
                new CategoryCode(category),
                "Wages unpaid for three months",
                amountFen,
                new OrgUnitCode(orgUnit),
                null,
                null,
                people);
    }
}
