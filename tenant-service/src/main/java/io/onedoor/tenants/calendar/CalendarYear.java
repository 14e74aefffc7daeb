package io.onedoor.tenants.calendar;

import io.onedoor.support.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One year's official notice: its holidays (inclusive date ranges) and its make-up workdays. It
 * checks itself ({@link #check}): every date lies in the year, ranges run forwards and do not
 * overlap, and a make-up workday falls on a weekend and outside every holiday.
 */
public record CalendarYear(int year, List<Holiday> holidays, Set<LocalDate> makeUpWorkdays) {

    /** A named holiday, from and to inclusive. Whether the range makes sense is the year's check. */
    public record Holiday(String name, LocalDate from, LocalDate to) {

        boolean contains(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }

        boolean overlaps(Holiday other) {
            return !from.isAfter(other.to) && !other.from.isAfter(to);
        }

        boolean runsForwards() {
            return !to.isBefore(from);
        }
    }

    /**
     * One thing wrong with a proposed year: where, as the field path of the calendar's JSON form
     * ({@code holidays[2].to}, {@code makeUpWorkdays[0]}), and what.
     */
    public record Finding(String field, String message) {}

    public CalendarYear {
        holidays = List.copyOf(holidays);
        makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        List<Finding> findings =
                check(year, holidays, makeUpWorkdays.stream().sorted().toList());
        if (!findings.isEmpty()) {
            throw new IllegalArgumentException(findings.stream()
                    .map(finding -> finding.field() + " " + finding.message())
                    .collect(Collectors.joining("; ")));
        }
    }

    /**
     * Everything wrong with a proposed year at once, so that whoever enters a notice can fix it in
     * one go; empty when {@code new CalendarYear(year, holidays, Set.copyOf(makeUpWorkdays))}
     * would be accepted. A null entry is one the caller's input did not give in full; it is left
     * to whoever read that input to report, and the other entries are still checked.
     */
    public static List<Finding> check(
            int year, List<@Nullable Holiday> holidays, List<@Nullable LocalDate> makeUpWorkdays) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < holidays.size(); i++) {
            Holiday holiday = holidays.get(i);
            String field = "holidays[" + i + "]";
            if (holiday == null) {
                continue;
            }
            if (holiday.name().isBlank()) {
                findings.add(new Finding(field + ".name", "is blank"));
            }
            if (holiday.from().getYear() != year) {
                findings.add(new Finding(field + ".from", holiday.from() + " is not in " + year));
            }
            if (holiday.to().getYear() != year) {
                findings.add(new Finding(field + ".to", holiday.to() + " is not in " + year));
            }
            if (!holiday.runsForwards()) {
                findings.add(new Finding(field + ".to", holiday.to() + " is before from (" + holiday.from() + ")"));
                continue;
            }
            for (int earlier = 0; earlier < i; earlier++) {
                Holiday other = holidays.get(earlier);
                if (other != null && other.runsForwards() && other.overlaps(holiday)) {
                    findings.add(new Finding(
                            field,
                            "overlaps holidays[" + earlier + "] (" + other.name() + "); a day is off only once"));
                }
            }
        }
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < makeUpWorkdays.size(); i++) {
            LocalDate day = makeUpWorkdays.get(i);
            String field = "makeUpWorkdays[" + i + "]";
            if (day == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(day, i);
            if (first != null) {
                findings.add(new Finding(field, day + " repeats makeUpWorkdays[" + first + "]"));
                continue;
            }
            if (day.getYear() != year) {
                findings.add(new Finding(field, "make-up workday " + day + " is not in " + year));
            }
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                findings.add(new Finding(
                        field, "make-up workday " + day + " is not a weekend day: it replaces a Saturday or Sunday"));
            }
            for (int h = 0; h < holidays.size(); h++) {
                Holiday holiday = holidays.get(h);
                if (holiday != null && holiday.contains(day)) {
                    findings.add(new Finding(
                            field, "make-up workday " + day + " lies in " + holiday.name() + " (holidays[" + h + "])"));
                }
            }
        }
        return List.copyOf(findings);
    }

    /** The year as the working calendar counts it: every day of its holidays off, its make-up workdays working. */
    public WorkingCalendar.Year workingYear() {
        Set<LocalDate> daysOff = new HashSet<>();
        for (Holiday holiday : holidays) {
            holiday.from().datesUntil(holiday.to().plusDays(1)).forEach(daysOff::add);
        }
        return new WorkingCalendar.Year(year, daysOff, makeUpWorkdays);
    }
}
