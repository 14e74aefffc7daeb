package io.onedoor.tenants.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of {@code platform.province_calendar}. Writes are conditional on the version read, so a
 * concurrent save of the same year is noticed rather than overwritten.
 */
@Repository
class ProvinceCalendarRows {

    private static final String COLUMNS = """
            select province_code, year, holidays::text as holidays, make_up_workdays::text as make_up_workdays,
                version, saved_by, saved_at
            from platform.province_calendar""";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ProvinceCalendarRows(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<ProvinceCalendar> all(String province) {
        return jdbc.query(COLUMNS + " where province_code = ? order by year", (rs, row) -> calendar(rs), province);
    }

    Optional<ProvinceCalendar> find(String province, int year) {
        return jdbc
                .query(COLUMNS + " where province_code = ? and year = ?", (rs, row) -> calendar(rs), province, year)
                .stream()
                .findFirst();
    }

    long versionSum(String province) {
        Long sum = jdbc.queryForObject(
                "select coalesce(sum(version), 0) from platform.province_calendar where province_code = ?",
                Long.class,
                province);
        return sum == null ? 0 : sum;
    }

    /** Inserts the province's first calendar for the year; a concurrent first save fails on the key. */
    void insert(ProvinceCalendar calendar) {
        jdbc.update(
                """
                insert into platform.province_calendar
                    (province_code, year, holidays, make_up_workdays, version, saved_by, saved_at)
                values (?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)""",
                calendar.province(),
                calendar.year(),
                holidaysJson(calendar.calendar()),
                makeUpJson(calendar.calendar()),
                calendar.version(),
                calendar.savedBy(),
                savedAt(calendar));
    }

    /** Replaces the row if it still has {@code expectedVersion}; false when another save came first. */
    boolean update(ProvinceCalendar calendar, long expectedVersion) {
        return jdbc.update(
                        """
                        update platform.province_calendar
                        set holidays = ?::jsonb, make_up_workdays = ?::jsonb, version = ?, saved_by = ?, saved_at = ?
                        where province_code = ? and year = ? and version = ?""",
                        holidaysJson(calendar.calendar()),
                        makeUpJson(calendar.calendar()),
                        calendar.version(),
                        calendar.savedBy(),
                        savedAt(calendar),
                        calendar.province(),
                        calendar.year(),
                        expectedVersion)
                == 1;
    }

    private ProvinceCalendar calendar(ResultSet rs) throws SQLException {
        int year = rs.getInt("year");
        List<CalendarYear.Holiday> holidays = new ArrayList<>();
        for (JsonNode holiday : json.readTree(rs.getString("holidays"))) {
            holidays.add(new CalendarYear.Holiday(
                    holiday.path("name").asString(),
                    LocalDate.parse(holiday.path("from").asString()),
                    LocalDate.parse(holiday.path("to").asString())));
        }
        Set<LocalDate> makeUp = new LinkedHashSet<>();
        for (JsonNode day : json.readTree(rs.getString("make_up_workdays"))) {
            makeUp.add(LocalDate.parse(day.asString()));
        }
        return new ProvinceCalendar(
                rs.getString("province_code"),
                new CalendarYear(year, holidays, makeUp),
                ProvinceCalendar.Source.PROVINCE,
                rs.getLong("version"),
                rs.getString("saved_by"),
                rs.getObject("saved_at", OffsetDateTime.class).toInstant());
    }

    private String holidaysJson(CalendarYear calendar) {
        List<Map<String, String>> holidays = new ArrayList<>();
        for (CalendarYear.Holiday holiday : calendar.holidays()) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("name", holiday.name());
            entry.put("from", holiday.from().toString());
            entry.put("to", holiday.to().toString());
            holidays.add(entry);
        }
        return json.writeValueAsString(holidays);
    }

    private String makeUpJson(CalendarYear calendar) {
        return json.writeValueAsString(calendar.makeUpWorkdays().stream()
                .sorted()
                .map(LocalDate::toString)
                .toList());
    }

    private static OffsetDateTime savedAt(ProvinceCalendar calendar) {
        if (calendar.savedAt() == null) {
            throw new IllegalArgumentException("a saved calendar has a time it was saved");
        }
        return calendar.savedAt().atOffset(ZoneOffset.UTC);
    }
}
