package io.onedoor.tenants.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onedoor.support.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A center's own exceptions on top of its province's calendar: duty weekends and local holidays. */
class WorkingCalendarOverridesUnitTest {

    private static final WorkingCalendar CHINA = OfficialCalendars.china();

    @Test
    void aDutySaturdayCountsAsAWorkingDay() {
        LocalDate saturday = LocalDate.of(2026, 3, 7);
        WorkingCalendar center = CHINA.withOverrides(Map.of(saturday, true));

        assertThat(center.isWorkingDay(saturday)).isTrue();
        // Friday 6 March + 1: the duty Saturday, not Monday 9 March.
        assertThat(center.addWorkingDays(LocalDate.of(2026, 3, 6), 1)).isEqualTo(saturday);
        assertThat(CHINA.addWorkingDays(LocalDate.of(2026, 3, 6), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void aLocalHolidayOnAWeekdayPushesDeadlinesBack() {
        LocalDate wednesday = LocalDate.of(2026, 7, 15);
        WorkingCalendar center = CHINA.withOverrides(Map.of(wednesday, false));

        assertThat(center.isWorkingDay(wednesday)).isFalse();
        assertThat(center.addWorkingDays(LocalDate.of(2026, 7, 14), 1)).isEqualTo(LocalDate.of(2026, 7, 16));
        assertThat(center.workingDaysBetween(LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 17)))
                .isEqualTo(3);
    }

    @Test
    void overridesBeatHolidaysAndMakeUpDaysAlike() {
        LocalDate springFestivalMonday = LocalDate.of(2026, 2, 16);
        LocalDate makeUpSaturday = LocalDate.of(2026, 2, 28);
        WorkingCalendar center = CHINA.withOverrides(Map.of(springFestivalMonday, true, makeUpSaturday, false));

        assertThat(center.isWorkingDay(springFestivalMonday)).isTrue();
        assertThat(center.isWorkingDay(makeUpSaturday)).isFalse();
        // Friday 27 February + 1 skips the Saturday the center does not work and lands on Monday.
        assertThat(center.addWorkingDays(LocalDate.of(2026, 2, 27), 1)).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void theOriginalCalendarIsLeftAsItWas() {
        LocalDate saturday = LocalDate.of(2026, 3, 7);
        CHINA.withOverrides(Map.of(saturday, true));

        assertThat(CHINA.isWorkingDay(saturday)).isFalse();
    }

    @Test
    void aLaterOverrideOfTheSameDateWins() {
        LocalDate saturday = LocalDate.of(2026, 3, 7);
        WorkingCalendar center = CHINA.withOverrides(Map.of(saturday, true)).withOverrides(Map.of(saturday, false));

        assertThat(center.isWorkingDay(saturday)).isFalse();
        assertThat(center.withOverrides(Map.of()).isWorkingDay(saturday)).isFalse();
    }

    @Test
    void anOverrideDoesNotMakeAnUnknownYearKnown() {
        LocalDate dutyDay = LocalDate.of(2027, 1, 4);
        WorkingCalendar center = CHINA.withOverrides(Map.of(dutyDay, true));

        assertThat(center.years()).containsExactlyInAnyOrder(2025, 2026);
        assertThatThrownBy(() -> center.isWorkingDay(dutyDay))
                .isInstanceOf(WorkingCalendar.UnknownYearException.class)
                .hasMessageContaining("2027");
        assertThatThrownBy(() -> center.addWorkingDays(LocalDate.of(2026, 12, 31), 1))
                .isInstanceOf(WorkingCalendar.UnknownYearException.class);
    }
}
