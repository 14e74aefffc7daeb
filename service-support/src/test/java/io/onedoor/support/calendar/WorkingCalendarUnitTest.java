package io.onedoor.support.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarUnitTest {

    /** China's 2026 as the State Council's notice declares it. */
    static final WorkingCalendar CHINA_2026 = new WorkingCalendar(List.of(new WorkingCalendar.Year(
            2026,
            days(
                    "2026-01-01/2026-01-03",
                    "2026-02-15/2026-02-23",
                    "2026-04-04/2026-04-06",
                    "2026-05-01/2026-05-05",
                    "2026-06-19/2026-06-21",
                    "2026-09-25/2026-09-27",
                    "2026-10-01/2026-10-07"),
            days("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"))));

    @Test
    void responseAfterClosingTimeBeforeNationalDayFallsDueOnTheFirstMorningAfterIt() {
        // Wed 30 Sep is the last working day; 1-7 Oct are off; Thu 8 Oct opens at 09:00.
        assertThat(CHINA_2026.addWorkingMinutes(china("2026-09-30T17:50"), 30)).isEqualTo(china("2026-10-08T09:30"));
        // Ten minutes are left on the 30th, twenty are taken on the 8th.
        assertThat(CHINA_2026.addWorkingMinutes(china("2026-09-30T17:20"), 30)).isEqualTo(china("2026-10-08T09:20"));
    }

    @Test
    void responseRegisteredInTheNightCountsFromTheDaysOpening() {
        assertThat(CHINA_2026.addWorkingMinutes(china("2026-03-10T04:10"), 30)).isEqualTo(china("2026-03-10T09:30"));
    }

    @Test
    void countThatUsesUpTheMorningEndsAtNoonNotAfterLunch() {
        assertThat(CHINA_2026.addWorkingMinutes(china("2026-03-10T11:30"), 30)).isEqualTo(china("2026-03-10T12:00"));
    }

    @Test
    void lunchBreakDoesNotCount() {
        assertThat(CHINA_2026.addWorkingMinutes(china("2026-03-10T11:50"), 30)).isEqualTo(china("2026-03-10T13:50"));
        assertThat(CHINA_2026.addWorkingMinutes(china("2026-03-10T12:40"), 30)).isEqualTo(china("2026-03-10T14:00"));
    }

    @Test
    void weekendMakeUpWorkdayCounts() {
        // Fri 13 Feb 17:20: Sat 14 Feb is a make-up workday before Spring Festival.
        assertThat(CHINA_2026.addWorkingMinutes(china("2026-02-13T17:20"), 30)).isEqualTo(china("2026-02-14T09:20"));
        // An ordinary Friday evening waits for Monday.
        assertThat(CHINA_2026.addWorkingMinutes(china("2026-03-13T17:20"), 30)).isEqualTo(china("2026-03-16T09:20"));
    }

    @Test
    void spanLongerThanAWorkingDayRunsIntoTheNext() {
        // Seven working hours a day: Tue 10:00 has 6 left; the other 4 end Wed 14:30.
        assertThat(CHINA_2026.addWorkingMinutes(china("2026-03-10T10:00"), 600)).isEqualTo(china("2026-03-11T14:30"));
        // Five working days of minutes from Friday's opening, across the weekend.
        assertThat(CHINA_2026.addWorkingMinutes(china("2026-03-13T09:00"), 5 * 420))
                .isEqualTo(china("2026-03-19T17:30"));
    }

    @Test
    void zeroMinutesIsTheStartItself() {
        assertThat(CHINA_2026.addWorkingMinutes(china("2026-10-03T04:10"), 0)).isEqualTo(china("2026-10-03T04:10"));
    }

    @Test
    void secondsOfTheStartAreKept() {
        Instant start = china("2026-03-10T10:00").plusSeconds(17);
        assertThat(CHINA_2026.addWorkingMinutes(start, 30))
                .isEqualTo(china("2026-03-10T10:30").plusSeconds(17));
    }

    @Test
    void centersOwnHoursReplaceTheDefault() {
        WorkingCalendar evening = CHINA_2026.withHours(
                new WorkingHours(List.of(new WorkingHours.Interval(LocalTime.of(8, 0), LocalTime.of(20, 0)))));

        assertThat(evening.addWorkingMinutes(china("2026-09-30T17:50"), 30)).isEqualTo(china("2026-09-30T18:20"));
        assertThat(evening.addWorkingMinutes(china("2026-09-30T19:50"), 30)).isEqualTo(china("2026-10-08T08:20"));
    }

    @Test
    void centersOverrideMovesTheCount() {
        WorkingCalendar localHoliday = CHINA_2026.withOverrides(Map.of(LocalDate.parse("2026-10-08"), false));

        assertThat(localHoliday.addWorkingMinutes(china("2026-09-30T17:50"), 30))
                .isEqualTo(china("2026-10-09T09:30"));
    }

    @Test
    void countIntoAYearNotListedHasNoAnswer() {
        assertThatThrownBy(() -> CHINA_2026.addWorkingMinutes(china("2026-12-31T17:20"), 30))
                .isInstanceOf(WorkingCalendar.UnknownYearException.class)
                .hasMessageContaining("2027");
        assertThat(CHINA_2026.addWorkingMinutes(china("2026-12-31T17:00"), 30)).isEqualTo(china("2026-12-31T17:30"));
    }

    @Test
    void workingDaysSkipHolidaysAndCountMakeUpDays() {
        assertThat(CHINA_2026.addWorkingDays(LocalDate.parse("2026-09-30"), 1)).isEqualTo("2026-10-08");
        assertThat(CHINA_2026.addWorkingDays(LocalDate.parse("2026-09-30"), 5)).isEqualTo("2026-10-13");
        assertThat(CHINA_2026.addWorkingDays(LocalDate.parse("2026-09-18"), 1)).isEqualTo("2026-09-20");
        assertThat(CHINA_2026.addWorkingDays(LocalDate.parse("2026-09-18"), 0)).isEqualTo("2026-09-18");
        assertThat(CHINA_2026.workingDaysBetween(LocalDate.parse("2026-09-30"), LocalDate.parse("2026-10-13")))
                .isEqualTo(5);
        assertThat(CHINA_2026.isWorkingDay(LocalDate.parse("2026-02-28"))).isTrue(); // Saturday, make-up
        assertThat(CHINA_2026.isWorkingDay(LocalDate.parse("2026-02-16"))).isFalse(); // Monday, Spring Festival
        assertThat(CHINA_2026.isWorkingDay(LocalDate.parse("2026-03-07"))).isFalse(); // ordinary Saturday
        assertThat(CHINA_2026.isWorkingDay(LocalDate.parse("2026-03-09"))).isTrue(); // ordinary Monday
    }

    @Test
    void workingTimeBetweenTwoMomentsCountsOnlyWorkingHoursOfWorkingDays() {
        // Fri 13 Feb 16:00 to Tue 24 Feb 10:00: 90 minutes on Friday, the make-up Saturday's 7
        // hours, Spring Festival (15-23 Feb) nothing, an hour on Tuesday morning.
        assertThat(CHINA_2026.workingTimeBetween(china("2026-02-13T16:00"), china("2026-02-24T10:00")))
                .isEqualTo(Duration.ofMinutes(90 + 420 + 60));
        // Within one lunch break, and backwards: nothing.
        assertThat(CHINA_2026.workingTimeBetween(china("2026-03-10T12:10"), china("2026-03-10T13:20")))
                .isZero();
        assertThat(CHINA_2026.workingTimeBetween(china("2026-03-10T11:00"), china("2026-03-10T10:00")))
                .isZero();
        // What a count adds, the span between gives back.
        Instant start = china("2026-09-30T17:20");
        assertThat(CHINA_2026.workingTimeBetween(start, CHINA_2026.addWorkingMinutes(start, 600)))
                .isEqualTo(Duration.ofMinutes(600));
        assertThatThrownBy(() -> CHINA_2026.workingTimeBetween(china("2026-12-31T10:00"), china("2027-01-04T10:00")))
                .isInstanceOf(WorkingCalendar.UnknownYearException.class);
    }

    @Test
    void overrideOfAnUnlistedYearDoesNotMakeItKnown() {
        WorkingCalendar center = CHINA_2026.withOverrides(Map.of(LocalDate.parse("2027-01-04"), true));

        assertThatThrownBy(() -> center.isWorkingDay(LocalDate.parse("2027-01-04")))
                .isInstanceOf(WorkingCalendar.UnknownYearException.class);
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> CHINA_2026.addWorkingMinutes(china("2026-03-10T10:00"), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CHINA_2026.addWorkingDays(LocalDate.parse("2026-03-10"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Instant china(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.CHINA).toInstant();
    }

    /** Dates, each given alone or as an inclusive range {@code from/to}. */
    private static Set<LocalDate> days(String... ranges) {
        Set<LocalDate> days = new HashSet<>();
        for (String range : ranges) {
            String[] ends = range.split("/");
            LocalDate last = LocalDate.parse(ends[ends.length - 1]);
            for (LocalDate day = LocalDate.parse(ends[0]); !day.isAfter(last); day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return days;
    }
}
