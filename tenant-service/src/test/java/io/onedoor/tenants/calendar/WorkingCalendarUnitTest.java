package io.onedoor.tenants.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onedoor.support.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadline arithmetic around the holidays that move it most: Spring Festival and National Day. */
class WorkingCalendarUnitTest {

    private static final WorkingCalendar CHINA = OfficialCalendars.china();

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        // 2026 Spring Festival: off Feb 15-23, make-up Saturdays Feb 14 and Feb 28.
        "2026-02-12, 1, 2026-02-13",
        "2026-02-13, 1, 2026-02-14",
        "2026-02-14, 1, 2026-02-24",
        "2026-02-12, 5, 2026-02-26",
        "2026-02-27, 1, 2026-02-28",
        "2026-02-27, 2, 2026-03-02",
        // 2026 National Day: off Oct 1-7, make-up Sunday Sep 20 and Saturday Oct 10; Mid-Autumn Sep 25-27.
        "2026-09-18, 1, 2026-09-20",
        "2026-09-24, 1, 2026-09-28",
        "2026-09-30, 1, 2026-10-08",
        "2026-09-30, 3, 2026-10-10",
        "2026-09-30, 4, 2026-10-12",
        // 2025 Spring Festival (off Jan 28 - Feb 4, make-up Sun Jan 26, Sat Feb 8) and National Day (Oct 1-8).
        "2025-01-24, 1, 2025-01-26",
        "2025-01-27, 1, 2025-02-05",
        "2025-02-07, 1, 2025-02-08",
        "2025-09-30, 1, 2025-10-09",
        "2025-10-10, 1, 2025-10-11",
        // Across New Year: 2025-12-31 is a Wednesday; 2026 is off Jan 1-3, make-up Sunday Jan 4.
        "2025-12-31, 1, 2026-01-04",
        "2025-12-31, 2, 2026-01-05",
        // Nothing to add: the start day itself.
        "2026-02-15, 0, 2026-02-15"
    })
    void addsWorkingDaysExactlyAcrossHolidaysAndMakeUpDays(LocalDate start, int days, LocalDate expected) {
        assertThat(CHINA.addWorkingDays(start, days)).isEqualTo(expected);
        assertThat(CHINA.workingDaysBetween(start, expected)).isEqualTo(days);
    }

    @Test
    void altaysDeadlinesForAMatterTakenInAfterClosingOnTheEveOfNationalDay() {
        // Registered 17:50 on 30 September 2026, after the 17:30 closing: five working days later is
        // 13 October (8, 9, the make-up Saturday 10, 12, 13); the 30-minute response runs from the
        // opening on 8 October.
        ZonedDateTime taken = ZonedDateTime.of(2026, 9, 30, 17, 50, 0, 0, ZoneId.of("Asia/Shanghai"));
        assertThat(CHINA.addWorkingDays(taken.toLocalDate(), 5)).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(CHINA.addWorkingMinutes(taken.toInstant(), 30))
                .isEqualTo(ZonedDateTime.of(2026, 10, 8, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"))
                        .toInstant());
    }

    @Test
    void makeUpWeekendsWorkAndWeekdayHolidaysDoNot() {
        assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue(); // Saturday, make-up
        assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse(); // Monday, Spring Festival
        assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse(); // ordinary Saturday
        assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 3, 9))).isTrue(); // ordinary Monday
    }

    @Test
    void refusesToCountIntoAYearWithoutItsOfficialNotice() {
        assertThatThrownBy(() -> CHINA.addWorkingDays(LocalDate.of(2026, 12, 30), 5))
                .isInstanceOf(WorkingCalendar.UnknownYearException.class)
                .hasMessageContaining("2027");
    }

    @Test
    void aCalendarYearRefusesDataThatCannotBeRight() {
        var spring = new CalendarYear.Holiday("Spring Festival", LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23));
        assertThatThrownBy(() -> new CalendarYear(2026, List.of(spring), Set.of(LocalDate.of(2026, 2, 16))))
                .hasMessageContaining("not a weekend day");
        assertThatThrownBy(() -> new CalendarYear(2026, List.of(spring), Set.of(LocalDate.of(2026, 2, 21))))
                .hasMessageContaining("lies in Spring Festival");
        assertThatThrownBy(() -> new CalendarYear(2025, List.of(spring), Set.of()))
                .hasMessageContaining("not in 2025");
    }
}
