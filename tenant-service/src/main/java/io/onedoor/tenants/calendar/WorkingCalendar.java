package io.onedoor.tenants.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * China's working days: Monday to Friday, except public holidays (放假), plus the weekend days
 * declared make-up workdays (调休上班). Deadlines (限时办结) are counted on it, so it is exact or it
 * refuses: a date in a year whose official notice has not been entered has no answer. A center's
 * own exceptions (a duty weekend, a local holiday) are overrides on top of its province's calendar.
 */
public final class WorkingCalendar {

    private final Map<Integer, CalendarYear> years;
    private final Map<LocalDate, Boolean> overrides;

    public WorkingCalendar(Iterable<CalendarYear> years) {
        Map<Integer, CalendarYear> byYear = new TreeMap<>();
        for (CalendarYear year : years) {
            if (byYear.put(year.year(), year) != null) {
                throw new IllegalArgumentException("two calendars for " + year.year());
            }
        }
        this.years = Map.copyOf(byYear);
        this.overrides = Map.of();
    }

    private WorkingCalendar(Map<Integer, CalendarYear> years, Map<LocalDate, Boolean> overrides) {
        this.years = years;
        this.overrides = overrides;
    }

    /**
     * This calendar with these dates working ({@code true}) or not ({@code false}) whatever the
     * official rules say; an override of a date already overridden replaces it. An override does
     * not make its year known: without the year's notice its other days have no answer, so the
     * date stays unanswerable too.
     */
    public WorkingCalendar withOverrides(Map<LocalDate, Boolean> working) {
        Map<LocalDate, Boolean> merged = new HashMap<>(overrides);
        merged.putAll(working);
        return new WorkingCalendar(years, Map.copyOf(merged));
    }

    public Set<Integer> years() {
        return years.keySet();
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarYear year = years.get(date.getYear());
        if (year == null) {
            throw new UnknownYearException(date.getYear());
        }
        Boolean overridden = overrides.get(date);
        if (overridden != null) {
            return overridden;
        }
        if (year.makeUpWorkdays().contains(date)) {
            return true;
        }
        if (year.isHoliday(date)) {
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

    /**
     * A deadline {@code n} working days after a moment: the same local time on the n-th working
     * day after it, in the moment's time zone (Asia/Shanghai for the platform's centers).
     */
    public ZonedDateTime addWorkingDays(ZonedDateTime start, int n) {
        return start.with(addWorkingDays(start.toLocalDate(), n));
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

    /** No official calendar has been entered for this year: deadlines into it cannot be exact. */
    public static final class UnknownYearException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        UnknownYearException(int year) {
            super("no working calendar for " + year + "; the operator enters each year's official notice");
        }
    }
}
