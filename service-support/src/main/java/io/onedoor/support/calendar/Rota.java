package io.onedoor.support.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * When a ROTATING department (轮驻) is at the center: the lines of its rota, each some weekdays,
 * every week or only odd or even ISO weeks (单双周), within optional dates. A department is on duty
 * on a working day of the center's calendar that one of its lines covers.
 */
public record Rota(List<Line> lines) {

    /** How far ahead the next duty day is looked for; a rota that leaves a longer gap has none. */
    public static final int HORIZON_DAYS = 366;

    public Rota {
        lines = List.copyOf(lines);
    }

    /** Whether a line of the rota covers the date (whatever the calendar says of it). */
    public boolean covers(LocalDate date) {
        return lines.stream().anyMatch(line -> line.covers(date));
    }

    /** Whether the department is at the center on the date: a working day its rota covers. */
    public boolean onDuty(LocalDate date, WorkingCalendar calendar) {
        return covers(date) && calendar.isWorkingDay(date);
    }

    /**
     * The first day from {@code from} (inclusive) the department is on duty; empty if none falls
     * within {@value #HORIZON_DAYS} days or the calendar does not reach it.
     */
    public Optional<LocalDate> nextDutyDay(LocalDate from, WorkingCalendar calendar) {
        for (int ahead = 0; ahead < HORIZON_DAYS; ahead++) {
            LocalDate day = from.plusDays(ahead);
            if (!covers(day)) {
                continue;
            }
            try {
                if (calendar.isWorkingDay(day)) {
                    return Optional.of(day);
                }
            } catch (WorkingCalendar.UnknownYearException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A line of a rota: these weekdays, in these weeks, from and until these dates (inclusive). */
    public record Line(
            Set<DayOfWeek> days,
            Weeks weeks,
            @Nullable LocalDate from,
            @Nullable LocalDate until) {

        public Line {
            days = Set.copyOf(days);
        }

        public boolean covers(LocalDate date) {
            return days.contains(date.getDayOfWeek())
                    && weeks.includes(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                    && (from == null || !date.isBefore(from))
                    && (until == null || !date.isAfter(until));
        }
    }

    /** Every week, or only odd or even ISO weeks. */
    public enum Weeks {
        EVERY,
        ODD,
        EVEN;

        public boolean includes(int isoWeek) {
            return switch (this) {
                case EVERY -> true;
                case ODD -> isoWeek % 2 == 1;
                case EVEN -> isoWeek % 2 == 0;
            };
        }
    }
}
