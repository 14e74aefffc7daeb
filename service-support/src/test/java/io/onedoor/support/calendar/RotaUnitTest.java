package io.onedoor.support.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RotaUnitTest {

    static final WorkingCalendar CHINA_2026 = WorkingCalendarUnitTest.CHINA_2026;

    /** Civil affairs at the center on Tuesdays and Thursdays. */
    static final Rota TUESDAYS_AND_THURSDAYS = new Rota(
            List.of(new Rota.Line(Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), Rota.Weeks.EVERY, null, null)));

    @Test
    void aDepartmentOffDutyTodayIsNextOnDutyOnItsNextRotaDay() {
        LocalDate monday = LocalDate.parse("2026-11-23");
        assertThat(TUESDAYS_AND_THURSDAYS.onDuty(monday, CHINA_2026)).isFalse();
        assertThat(TUESDAYS_AND_THURSDAYS.nextDutyDay(monday, CHINA_2026)).contains(LocalDate.parse("2026-11-24"));
        // On a duty day, that day itself.
        assertThat(TUESDAYS_AND_THURSDAYS.nextDutyDay(LocalDate.parse("2026-11-26"), CHINA_2026))
                .contains(LocalDate.parse("2026-11-26"));
    }

    @Test
    void aRotaDayThatIsAHolidayIsSkipped() {
        // Thu 1 Oct and Tue 6 Oct are National Day holidays: the first duty day after 30 Sep is Thu 8 Oct.
        assertThat(TUESDAYS_AND_THURSDAYS.nextDutyDay(LocalDate.parse("2026-09-30"), CHINA_2026))
                .contains(LocalDate.parse("2026-10-08"));
    }

    @Test
    void oddWeeksAndDateBoundsNarrowTheRota() {
        Rota oddMondaysFromDecember = new Rota(
                List.of(new Rota.Line(Set.of(DayOfWeek.MONDAY), Rota.Weeks.ODD, LocalDate.parse("2026-12-01"), null)));
        // Mon 30 Nov is ISO week 49 (odd) but before the rota starts; Mon 7 Dec is week 50 (even).
        assertThat(oddMondaysFromDecember.nextDutyDay(LocalDate.parse("2026-11-30"), CHINA_2026))
                .contains(LocalDate.parse("2026-12-14"));
    }

    @Test
    void noDutyDayBeyondTheCalendarIsGuessed() {
        Rota untilTheYearEnds =
                new Rota(List.of(new Rota.Line(Set.of(DayOfWeek.FRIDAY), Rota.Weeks.EVERY, null, null)));
        // Thu 31 Dec 2026: the next Friday is in 2027, which this calendar does not list.
        assertThat(untilTheYearEnds.nextDutyDay(LocalDate.parse("2026-12-31"), CHINA_2026))
                .isEmpty();
        assertThat(new Rota(List.of()).nextDutyDay(LocalDate.parse("2026-11-23"), CHINA_2026))
                .isEmpty();
    }
}
