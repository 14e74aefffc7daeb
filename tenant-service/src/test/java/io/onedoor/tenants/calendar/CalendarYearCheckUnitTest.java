package io.onedoor.tenants.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onedoor.tenants.calendar.CalendarYear.Finding;
import io.onedoor.tenants.calendar.CalendarYear.Holiday;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What is wrong with a proposed year, every finding at once and where it is. */
class CalendarYearCheckUnitTest {

    private static final Holiday NEW_YEAR = holiday("New Year", "2026-01-01", "2026-01-03");
    private static final Holiday SPRING_FESTIVAL = holiday("Spring Festival", "2026-02-15", "2026-02-23");

    @Test
    void theShippedNoticesHaveNoFindings() {
        for (CalendarYear year : OfficialCalendars.years()) {
            assertThat(CalendarYear.check(
                            year.year(),
                            List.copyOf(year.holidays()),
                            year.makeUpWorkdays().stream().sorted().toList()))
                    .as("%s", year.year())
                    .isEmpty();
        }
    }

    @Test
    void listsEveryFindingWithItsField() {
        List<Holiday> holidays = List.of(
                NEW_YEAR,
                holiday("Qingming", "2026-04-06", "2026-04-04"), // runs backwards
                holiday("Spring Festival", "2026-02-15", "2027-02-23"), // ends in another year
                holiday("Lantern", "2026-02-20", "2026-02-21")); // overlaps Spring Festival
        List<LocalDate> makeUp = List.of(
                LocalDate.parse("2026-02-09"), // a Monday
                LocalDate.parse("2026-02-21"), // a Saturday, inside Spring Festival
                LocalDate.parse("2026-02-14"),
                LocalDate.parse("2026-02-14"), // again
                LocalDate.parse("2025-12-27")); // a Saturday of the year before

        List<Finding> findings = CalendarYear.check(2026, holidays, makeUp);

        assertThat(findings)
                .extracting(Finding::field)
                .containsExactly(
                        "holidays[1].to",
                        "holidays[2].to",
                        "holidays[3]",
                        "makeUpWorkdays[0]",
                        "makeUpWorkdays[1]",
                        "makeUpWorkdays[1]",
                        "makeUpWorkdays[3]",
                        "makeUpWorkdays[4]");
        assertThat(findings.get(0).message()).contains("before from");
        assertThat(findings.get(1).message()).contains("not in 2026");
        assertThat(findings.get(2).message()).contains("overlaps holidays[2] (Spring Festival)");
        assertThat(findings.get(3).message()).contains("not a weekend day");
        assertThat(findings.get(4).message()).contains("lies in Spring Festival (holidays[2])");
        assertThat(findings.get(5).message()).contains("lies in Lantern (holidays[3])");
        assertThat(findings.get(6).message()).contains("repeats makeUpWorkdays[2]");
        assertThat(findings.get(7).message()).contains("not in 2026");
    }

    @Test
    void holidaysInAnotherYearThanTheOneEnteredAreFindings() {
        assertThat(CalendarYear.check(2027, List.of(NEW_YEAR, SPRING_FESTIVAL), List.of()))
                .extracting(Finding::field)
                .containsExactly("holidays[0].from", "holidays[0].to", "holidays[1].from", "holidays[1].to");
    }

    @Test
    void entriesNotGivenInFullAreSkippedAndTheRestStillChecked() {
        List<Holiday> holidays = Arrays.asList(NEW_YEAR, null, holiday(" ", "2026-04-04", "2026-04-06"));
        List<LocalDate> makeUp = Arrays.asList(null, LocalDate.parse("2026-01-04"), LocalDate.parse("2026-01-05"));

        assertThat(CalendarYear.check(2026, holidays, makeUp))
                .extracting(Finding::field)
                .containsExactly("holidays[2].name", "makeUpWorkdays[2]");
    }

    @Test
    void adjoiningHolidaysDoNotOverlap() {
        assertThat(CalendarYear.check(
                        2026,
                        List.of(
                                holiday("Mid-Autumn", "2026-09-25", "2026-09-27"),
                                holiday("Regional", "2026-09-28", "2026-09-28")),
                        List.of()))
                .isEmpty();
    }

    @Test
    void theConstructorRefusesWhatTheCheckFinds() {
        assertThatThrownBy(() -> new CalendarYear(
                        2026, List.of(SPRING_FESTIVAL, holiday("Lantern", "2026-02-23", "2026-02-24")), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holidays[1] overlaps holidays[0] (Spring Festival)");
    }

    private static Holiday holiday(String name, String from, String to) {
        return new Holiday(name, LocalDate.parse(from), LocalDate.parse(to));
    }
}
