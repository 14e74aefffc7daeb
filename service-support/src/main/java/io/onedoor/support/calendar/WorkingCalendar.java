package io.onedoor.support.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A center's working calendar: which days are working days, and which hours of them are
 * working time, in China's time (Asia/Shanghai, whatever the server's zone). Deadlines (限时办结)
 * are counted on it, so it is exact or it refuses: a date in a year it does not list has no
 * answer ({@link UnknownYearException}).
 *
 * <p>A date is a working day if a center's override says so; else if its year declares it a
 * make-up workday (调休上班); else if it is a Monday to Friday that its year does not give off.
 */
public final class WorkingCalendar {

    /** Every center keeps China's time. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Map<Integer, Year> years;
    private final Map<LocalDate, Boolean> overrides;
    private final WorkingHours hours;

    /** The calendar of these years, on the default working hours and without overrides. */
    public WorkingCalendar(Collection<Year> years) {
        Map<Integer, Year> byYear = new TreeMap<>();
        for (Year year : years) {
            if (byYear.put(year.year(), year) != null) {
                throw new IllegalArgumentException("two calendars for " + year.year());
            }
        }
        this.years = Map.copyOf(byYear);
        this.overrides = Map.of();
        this.hours = WorkingHours.DEFAULT;
    }

    private WorkingCalendar(Map<Integer, Year> years, Map<LocalDate, Boolean> overrides, WorkingHours hours) {
        this.years = years;
        this.overrides = overrides;
        this.hours = hours;
    }

    /**
     * This calendar with these dates working ({@code true}) or not ({@code false}) whatever the
     * year says; an override of a date already overridden replaces it. An override does not make
     * its year known: without the year, the date stays unanswerable too.
     */
    public WorkingCalendar withOverrides(Map<LocalDate, Boolean> working) {
        Map<LocalDate, Boolean> merged = new HashMap<>(overrides);
        merged.putAll(working);
        return new WorkingCalendar(years, Map.copyOf(merged), hours);
    }

    /** This calendar with the center's own working hours. */
    public WorkingCalendar withHours(WorkingHours hours) {
        return new WorkingCalendar(years, overrides, hours);
    }

    public WorkingHours hours() {
        return hours;
    }

    /** The years this calendar answers for. */
    public Set<Integer> years() {
        return years.keySet();
    }

    public boolean isWorkingDay(LocalDate date) {
        Year year = years.get(date.getYear());
        if (year == null) {
            throw new UnknownYearException(date.getYear());
        }
        Boolean overridden = overrides.get(date);
        if (overridden != null) {
            return overridden;
        }
        if (year.workdays().contains(date)) {
            return true;
        }
        if (year.daysOff().contains(date)) {
            return false;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** The {@code n}-th working day after {@code start} (the start day itself never counts). */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days to add must not be negative");
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < n) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** Working days strictly after {@code from} up to and including {@code to}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The earliest moment by which {@code minutes} of working time have passed since {@code start}:
     * only the working hours of working days count. A start outside them counts from the next
     * opening (registered at 04:10, a 30-minute response is due at 09:30); a count that uses up
     * an interval exactly ends at its close (12:00), not at the next opening; zero minutes is the
     * start itself.
     */
    public Instant addWorkingMinutes(Instant start, int minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("working minutes to add must not be negative");
        }
        Duration remaining = Duration.ofMinutes(minutes);
        if (remaining.isZero()) {
            return start;
        }
        LocalDateTime local = LocalDateTime.ofInstant(start, CHINA);
        LocalDate day = local.toLocalDate();
        LocalTime from = local.toLocalTime();
        while (true) {
            if (isWorkingDay(day)) {
                for (WorkingHours.Interval interval : hours.intervals()) {
                    if (!from.isBefore(interval.end())) {
                        continue;
                    }
                    LocalTime counting = from.isAfter(interval.start()) ? from : interval.start();
                    Duration open = Duration.between(counting, interval.end());
                    if (remaining.compareTo(open) <= 0) {
                        return day.atTime(counting.plus(remaining))
                                .atZone(CHINA)
                                .toInstant();
                    }
                    remaining = remaining.minus(open);
                }
            }
            day = day.plusDays(1);
            from = LocalTime.MIDNIGHT;
        }
    }

    /**
     * The working time between two moments: only the working hours of working days count, so a
     * pause from Friday 16:00 to Monday 10:00 covers 2.5 hours on the default hours. Zero when
     * {@code to} is not after {@code from}. Every day the span touches must be in a listed year.
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDateTime start = LocalDateTime.ofInstant(from, CHINA);
        LocalDateTime end = LocalDateTime.ofInstant(to, CHINA);
        Duration total = Duration.ZERO;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (WorkingHours.Interval interval : hours.intervals()) {
                LocalDateTime open = day.atTime(interval.start());
                LocalDateTime close = day.atTime(interval.end());
                LocalDateTime counting = open.isAfter(start) ? open : start;
                LocalDateTime until = close.isBefore(end) ? close : end;
                if (until.isAfter(counting)) {
                    total = total.plus(Duration.between(counting, until));
                }
            }
        }
        return total;
    }

    /**
     * One year the calendar answers for: the dates in it that are off although a weekday (or
     * anyway, as a holiday's weekend days are), and the dates that are working although a
     * weekend day.
     */
    public record Year(int year, Set<LocalDate> daysOff, Set<LocalDate> workdays) {

        public Year {
            daysOff = Set.copyOf(daysOff);
            workdays = Set.copyOf(workdays);
            for (LocalDate date : daysOff) {
                inYear(year, date);
            }
            for (LocalDate date : workdays) {
                inYear(year, date);
            }
        }

        private static void inYear(int year, LocalDate date) {
            if (date.getYear() != year) {
                throw new IllegalArgumentException(date + " is not in " + year);
            }
        }
    }

    /** The calendar does not list this year: deadlines into it cannot be exact. */
    public static final class UnknownYearException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        private final int year;

        UnknownYearException(int year) {
            super("no working calendar for " + year + "; the operator enters each year's official notice");
            this.year = year;
        }

        public int year() {
            return year;
        }
    }
}
