package io.onedoor.tenants.configuration;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.onedoor.support.calendar.WorkingHours;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The center's own changes to its province's calendar (a local holiday, a duty weekend) and its
 * working hours, in which minute deadlines run.
 *
 * @param workingHours the center's own hours; null for the default (09:00-12:00, 13:30-17:30),
 *     kept null so that a document that never set them exports as it was imported
 */
public record CalendarOverrides(
        List<DayOverride> overrides, @Nullable List<WorkingInterval> workingHours) {

    static final CalendarOverrides NONE = new CalendarOverrides(List.of(), null);

    public CalendarOverrides(@Nullable List<DayOverride> overrides, @Nullable List<WorkingInterval> workingHours) {
        this.overrides = CenterConfiguration.copy(overrides);
        this.workingHours = workingHours == null ? null : List.copyOf(workingHours);
    }

    public CalendarOverrides(@Nullable List<DayOverride> overrides) {
        this(overrides, null);
    }

    /** Date to working (true) or day off (false); a later duplicate is refused by the rules. */
    public Map<LocalDate, Boolean> byDate() {
        Map<LocalDate, Boolean> byDate = new TreeMap<>();
        overrides.forEach(o -> byDate.putIfAbsent(o.date(), o.working()));
        return byDate;
    }

    /** The hours the center works on a working day; the rules have checked them before a save. */
    public WorkingHours hours() {
        return workingHours == null ? WorkingHours.DEFAULT : new WorkingHours(intervals(workingHours));
    }

    /** The intervals as the working calendar counts them; a null entry stays null for the rules to skip. */
    static List<WorkingHours.@Nullable Interval> intervals(List<@Nullable WorkingInterval> given) {
        return given.stream()
                .map(interval -> interval == null ? null : new WorkingHours.Interval(interval.start(), interval.end()))
                .toList();
    }

    /** One interval of the working hours, as the document writes it ({@code "13:30"}). */
    public record WorkingInterval(
            @JsonFormat(pattern = "HH:mm") LocalTime start,
            @JsonFormat(pattern = "HH:mm") LocalTime end) {}

    public record DayOverride(LocalDate date, boolean working, String reason) {}
}
