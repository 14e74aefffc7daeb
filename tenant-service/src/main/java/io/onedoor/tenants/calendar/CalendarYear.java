package io.onedoor.tenants.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One year's official notice: its holidays (inclusive date ranges) and its make-up workdays. It
 * checks itself: every date lies in the year, ranges run forwards, and a make-up workday falls on
 * a weekend and outside every holiday.
 */
public record CalendarYear(int year, List<Holiday> holidays, Set<LocalDate> makeUpWorkdays) {

    /** A named holiday, from and to inclusive. */
    public record Holiday(String name, LocalDate from, LocalDate to) {
        public Holiday {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException(name + " ends before it starts");
            }
        }

        boolean contains(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    public CalendarYear {
        holidays = List.copyOf(holidays);
        makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        for (Holiday holiday : holidays) {
            if (holiday.from().getYear() != year || holiday.to().getYear() != year) {
                throw new IllegalArgumentException(holiday.name() + " is not in " + year);
            }
        }
        for (LocalDate day : makeUpWorkdays) {
            if (day.getYear() != year) {
                throw new IllegalArgumentException("make-up workday " + day + " is not in " + year);
            }
            switch (day.getDayOfWeek()) {
                case SATURDAY, SUNDAY -> {}
                default -> throw new IllegalArgumentException("make-up workday " + day + " is not a weekend day");
            }
            for (Holiday holiday : holidays) {
                if (holiday.contains(day)) {
                    throw new IllegalArgumentException("make-up workday " + day + " lies in " + holiday.name());
                }
            }
        }
    }

    boolean isHoliday(LocalDate date) {
        return holidays.stream().anyMatch(holiday -> holiday.contains(date));
    }
}
