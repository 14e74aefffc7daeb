package io.onedoor.cases.configuration;

import io.onedoor.cases.matter.WorkingTime;
import io.onedoor.support.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A center's working time on its calendar (days and hours): what a matter's pauses and
 * extensions count, absent wherever the calendar does not list a year (ADR 0009).
 */
final class CalendarWorkingTime implements WorkingTime {

    private final WorkingCalendar calendar;

    CalendarWorkingTime(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public OptionalLong minutesBetween(Instant from, Instant to) {
        try {
            return OptionalLong.of(calendar.workingTimeBetween(from, to).toMinutes());
        } catch (WorkingCalendar.UnknownYearException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public OptionalInt daysBetween(LocalDate from, LocalDate until) {
        if (!until.isAfter(from)) {
            return OptionalInt.of(0);
        }
        try {
            // Working days strictly after the day before `from`, up to and including the day before `until`.
            return OptionalInt.of(calendar.workingDaysBetween(from.minusDays(1), until.minusDays(1)));
        } catch (WorkingCalendar.UnknownYearException e) {
            return OptionalInt.empty();
        }
    }

    @Override
    public Optional<Instant> plusMinutes(Instant from, long minutes) {
        try {
            return Optional.of(calendar.addWorkingMinutes(from, Math.toIntExact(minutes)));
        } catch (WorkingCalendar.UnknownYearException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<LocalDate> plusDays(LocalDate from, int days) {
        try {
            return Optional.of(calendar.addWorkingDays(from, days));
        } catch (WorkingCalendar.UnknownYearException e) {
            return Optional.empty();
        }
    }
}
