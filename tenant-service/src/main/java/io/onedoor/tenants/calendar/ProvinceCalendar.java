package io.onedoor.tenants.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A province's working calendar for one year, as its centers count deadlines on it: the national
 * calendar shipped with the platform ({@link Source#OFFICIAL}, version 0, never saved by anyone)
 * until an operator saves the province's own ({@link Source#PROVINCE}, version 1 and up).
 */
public record ProvinceCalendar(
        String province,
        CalendarYear calendar,
        Source source,
        long version,
        @Nullable String savedBy,
        @Nullable Instant savedAt) {

    /** Where a province's calendar for a year comes from. */
    public enum Source {
        /** The State Council's calendar shipped with the platform. */
        OFFICIAL,
        /** Entered by the province's operator. */
        PROVINCE
    }

    static ProvinceCalendar official(String province, CalendarYear calendar) {
        return new ProvinceCalendar(province, calendar, Source.OFFICIAL, 0, null, null);
    }

    public int year() {
        return calendar.year();
    }

    public List<CalendarYear.Holiday> holidays() {
        return calendar.holidays();
    }

    public Set<LocalDate> makeUpWorkdays() {
        return calendar.makeUpWorkdays();
    }
}
