package io.onedoor.tenants.calendar;

import io.onedoor.support.calendar.WorkingCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The State Council's calendars shipped with the platform (classpath {@code calendars/cn-YYYY.json}),
 * the starting point the operator maintains year by year.
 */
public final class OfficialCalendars {

    /** The years shipped; each year's notice arrives in November for the next. */
    public static final List<Integer> SHIPPED = List.of(2025, 2026);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OfficialCalendars() {}

    public static WorkingCalendar china() {
        return new WorkingCalendar(
                years().stream().map(CalendarYear::workingYear).toList());
    }

    /** Each shipped year's notice, read from the classpath. */
    static List<CalendarYear> years() {
        List<CalendarYear> years = new ArrayList<>();
        for (int year : SHIPPED) {
            years.add(read("calendars/cn-" + year + ".json"));
        }
        return List.copyOf(years);
    }

    static CalendarYear read(String resource) {
        try (InputStream in = OfficialCalendars.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no calendar " + resource);
            }
            JsonNode document = JSON.readTree(in);
            List<CalendarYear.Holiday> holidays = new ArrayList<>();
            for (JsonNode holiday : document.path("holidays")) {
                holidays.add(new CalendarYear.Holiday(
                        holiday.path("name").asString(),
                        LocalDate.parse(holiday.path("from").asString()),
                        LocalDate.parse(holiday.path("to").asString())));
            }
            Set<LocalDate> makeUp = new LinkedHashSet<>();
            for (JsonNode day : document.path("makeUpWorkdays")) {
                makeUp.add(LocalDate.parse(day.asString()));
            }
            return new CalendarYear(document.path("year").asInt(), holidays, makeUp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
