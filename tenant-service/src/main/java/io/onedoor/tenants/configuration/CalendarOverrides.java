package io.onedoor.tenants.configuration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The center's own changes to its province's calendar: a local holiday, a duty weekend. */
public record CalendarOverrides(List<DayOverride> overrides) {

    static final CalendarOverrides NONE = new CalendarOverrides(List.of());

    public CalendarOverrides(@Nullable List<DayOverride> overrides) {
        this.overrides = CenterConfiguration.copy(overrides);
    }

    /** Date to working (true) or day off (false); a later duplicate is refused by the rules. */
    public Map<LocalDate, Boolean> byDate() {
        Map<LocalDate, Boolean> byDate = new TreeMap<>();
        overrides.forEach(o -> byDate.putIfAbsent(o.date(), o.working()));
        return byDate;
    }

    public record DayOverride(LocalDate date, boolean working, String reason) {}
}
