package io.onedoor.cases.configuration;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The center's working days (China's calendar with the center's overrides), for the years the
 * snapshot lists. A date is a working day if it is a declared make-up workday (调休上班), or a
 * Monday to Friday that is not a day off. A date in a year the snapshot does not list has no
 * answer: a deadline is exact or it is not given.
 */
public final class WorkingDays {

    private final Map<Integer, Year> years;

    WorkingDays(Map<Integer, Year> years) {
        this.years = Map.copyOf(years);
    }

    /** Whether the date is a working day; empty if its year is not known. */
    public Optional<Boolean> isWorkingDay(LocalDate date) {
        Year year = years.get(date.getYear());
        if (year == null) {
            return Optional.empty();
        }
        if (year.extraWorkdays().contains(date)) {
            return Optional.of(true);
        }
        DayOfWeek day = date.getDayOfWeek();
        boolean weekday = day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
        return Optional.of(weekday && !year.daysOff().contains(date));
    }

    /**
     * The {@code n}-th working day after {@code start} (the start day itself never counts; n = 0
     * is the start day). Empty if the count runs into a year that is not known.
     */
    public Optional<LocalDate> workingDaysAfter(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days to count must not be negative");
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < n) {
            date = date.plusDays(1);
            Optional<Boolean> working = isWorkingDay(date);
            if (working.isEmpty()) {
                return Optional.empty();
            }
            if (working.get()) {
                counted++;
            }
        }
        return Optional.of(date);
    }

    /** One listed year: its Monday-to-Friday days off and its weekend workdays. */
    record Year(Set<LocalDate> daysOff, Set<LocalDate> extraWorkdays) {
        Year {
            daysOff = Set.copyOf(daysOff);
            extraWorkdays = Set.copyOf(extraWorkdays);
        }
    }
}
