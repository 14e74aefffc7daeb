package io.onedoor.support.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingHoursUnitTest {

    @Test
    void defaultIsNineToNoonAndHalfPastOneToHalfPastFive() {
        assertThat(WorkingHours.DEFAULT.intervals())
                .containsExactly(interval("09:00", "12:00"), interval("13:30", "17:30"));
    }

    @Test
    void intervalThatEndsBeforeItStartsIsNamedByItsEnd() {
        assertThat(WorkingHours.check(List.of(interval("09:00", "12:00"), interval("18:00", "02:00"))))
                .extracting(WorkingHours.Finding::field)
                .containsExactly("[1].end");
        assertThat(WorkingHours.check(List.of(interval("09:00", "09:00"))))
                .extracting(WorkingHours.Finding::field)
                .containsExactly("[0].end");
    }

    @Test
    void overlappingOrUnorderedIntervalsAreNamedByTheLaterStart() {
        assertThat(WorkingHours.check(List.of(interval("09:00", "12:00"), interval("11:30", "17:30"))))
                .extracting(WorkingHours.Finding::field)
                .containsExactly("[1].start");
        assertThat(WorkingHours.check(List.of(interval("13:30", "17:30"), interval("09:00", "12:00"))))
                .extracting(WorkingHours.Finding::field)
                .containsExactly("[1].start");
    }

    @Test
    void touchingIntervalsAndAnIncompleteEntryPass() {
        assertThat(WorkingHours.check(Arrays.asList(interval("09:00", "12:00"), null, interval("12:00", "13:00"))))
                .isEmpty();
    }

    @Test
    void noIntervalAtAllIsRefused() {
        assertThat(WorkingHours.check(List.of()))
                .extracting(WorkingHours.Finding::field)
                .containsExactly("");
        assertThatThrownBy(() -> new WorkingHours(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lists no interval");
    }

    private static WorkingHours.Interval interval(String start, String end) {
        return new WorkingHours.Interval(LocalTime.parse(start), LocalTime.parse(end));
    }
}
