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
 * The center's own changes to its province's calendar (a local holiday, a duty weekend), its
 * working hours, in which minute deadlines run, and when its clocks' lights turn.
 *
 * @param workingHours the center's own hours; null for the default (09:00-12:00, 13:30-17:30),
 *     kept null so that a document that never set them exports as it was imported
 * @param lights the center's light policy; null for the defaults, kept null for the same reason
 */
public record CalendarOverrides(
        List<DayOverride> overrides,
        @Nullable List<WorkingInterval> workingHours,
        @Nullable Lights lights) {

    static final CalendarOverrides NONE = new CalendarOverrides(List.of(), null, null);

    public CalendarOverrides(
            @Nullable List<DayOverride> overrides,
            @Nullable List<WorkingInterval> workingHours,
            @Nullable Lights lights) {
        this.overrides = CenterConfiguration.copy(overrides);
        this.workingHours = workingHours == null ? null : List.copyOf(workingHours);
        this.lights = lights;
    }

    public CalendarOverrides(@Nullable List<DayOverride> overrides, @Nullable List<WorkingInterval> workingHours) {
        this(overrides, workingHours, null);
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

    /** The light policy in force: the center's values, the defaults for those it left out. */
    public Lights effectiveLights() {
        return lights == null ? Lights.DEFAULT : lights.withDefaults();
    }

    /**
     * When a center's clocks turn yellow (亮灯) and its supervision (督办) opens by itself, as the
     * document writes it; a value left out is the default. The rules check the ranges.
     *
     * @param yellowAtPercent yellow once this share of a clock's time is used (1-99, default 67)
     * @param yellowWithinMinutes yellow also once fewer minutes are left (0-10080, default 0: never)
     * @param superviseUnsignedAfterMinutes an assignment unsigned this many working minutes past
     *     its response due is supervised (0-10080, default 60)
     * @param supervisionWorkingDays an item opened by itself is due in these working days (1-60, default 3)
     */
    public record Lights(
            @Nullable Integer yellowAtPercent,
            @Nullable Integer yellowWithinMinutes,
            @Nullable Integer superviseUnsignedAfterMinutes,
            @Nullable Integer supervisionWorkingDays) {

        public static final Lights DEFAULT = new Lights(67, 0, 60, 3);

        Lights withDefaults() {
            return new Lights(
                    yellowAtPercent == null ? DEFAULT.yellowAtPercent : yellowAtPercent,
                    yellowWithinMinutes == null ? DEFAULT.yellowWithinMinutes : yellowWithinMinutes,
                    superviseUnsignedAfterMinutes == null
                            ? DEFAULT.superviseUnsignedAfterMinutes
                            : superviseUnsignedAfterMinutes,
                    supervisionWorkingDays == null ? DEFAULT.supervisionWorkingDays : supervisionWorkingDays);
        }
    }
}
