package io.onedoor.tenants.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onedoor.support.calendar.WorkingCalendar;
import io.onedoor.support.web.ProblemException;
import io.onedoor.tenants.People;
import io.onedoor.tenants.People.Answer;
import io.onedoor.tenants.TenantServiceTest;
import io.onedoor.tenants.Tokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Provincial working calendars through the operator API and {@link ProvinceCalendars}, on real
 * PostgreSQL. Each test works in a province of its own: the context, and so the database, is
 * shared with every other test class.
 */
@TenantServiceTest
@RecordApplicationEvents
class ProvinceCalendarsIntegrationTest {

    private static final String INNER_MONGOLIA = "150000";
    private static final String XINJIANG = "650000";

    /** The State Council's 2026 notice, as /work/shared/domain.md quotes it. */
    private static final List<Map<String, String>> HOLIDAYS_2026 = List.of(
            holiday("New Year", "2026-01-01", "2026-01-03"),
            holiday("Spring Festival", "2026-02-15", "2026-02-23"),
            holiday("Qingming", "2026-04-04", "2026-04-06"),
            holiday("Labor Day", "2026-05-01", "2026-05-05"),
            holiday("Dragon Boat", "2026-06-19", "2026-06-21"),
            holiday("Mid-Autumn", "2026-09-25", "2026-09-27"),
            holiday("National Day", "2026-10-01", "2026-10-07"));

    private static final List<String> MAKE_UP_2026 =
            List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");

    @Autowired
    People people;

    @Autowired
    Tokens tokens;

    @Autowired
    ProvinceCalendars calendars;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void anInnerMongoliaOperatorEntersARegionalHolidayThatOnlyItsCentersCountAround() {
        Answer official = get(INNER_MONGOLIA, 2026);
        assertThat(official.status()).isEqualTo(200);
        assertThat(official.headers().getETag()).isEqualTo("\"0\"");
        assertThat(official.body().path("source").asString()).isEqualTo("OFFICIAL");
        assertThat(official.body().path("version").asLong()).isZero();
        assertThat(official.body().path("province").asString()).isEqualTo(INNER_MONGOLIA);
        assertThat(official.body().path("holidays")).hasSize(7);
        assertThat(official.body().path("makeUpWorkdays").toString()).isEqualTo(json.writeValueAsString(MAKE_UP_2026));
        assertThat(official.body().has("savedBy")).isFalse();
        long stampBefore = calendars.stamp(INNER_MONGOLIA);
        // Tuesday 14 July 2026: before the province's holiday, the next working day is the 15th.
        assertThat(calendars.of(INNER_MONGOLIA).addWorkingDays(LocalDate.of(2026, 7, 14), 1))
                .isEqualTo(LocalDate.of(2026, 7, 15));

        // The operator adds a regional holiday (Wednesday 15 to Thursday 16 July) to what it read.
        List<JsonNode> holidays = new ArrayList<>();
        official.body().path("holidays").forEach(holidays::add);
        Map<String, Object> body = new LinkedHashMap<>();
        List<Object> withRegional = new ArrayList<>(holidays);
        withRegional.add(holiday("Naadam", "2026-07-15", "2026-07-16"));
        body.put("holidays", withRegional);
        body.put("makeUpWorkdays", official.body().path("makeUpWorkdays"));
        Answer saved = put(INNER_MONGOLIA, 2026, body, official.headers().getETag());

        assertThat(saved.status()).as("%s", saved.body()).isEqualTo(200);
        assertThat(saved.headers().getETag()).isEqualTo("\"1\"");
        assertThat(saved.body().path("source").asString()).isEqualTo("PROVINCE");
        assertThat(saved.body().path("version").asLong()).isEqualTo(1);
        assertThat(saved.body().path("savedBy").asString()).isEqualTo(Tokens.operatorClientId(INNER_MONGOLIA));
        assertThat(saved.body().path("savedAt").asString()).isNotBlank();
        assertThat(saved.body().path("holidays")).hasSize(8);

        Answer read = get(INNER_MONGOLIA, 2026);
        assertThat(read.headers().getETag()).isEqualTo("\"1\"");
        assertThat(read.body()).isEqualTo(saved.body());

        // Inner Mongolia's centers count around the holiday; Xinjiang's do not.
        WorkingCalendar innerMongolia = calendars.of(INNER_MONGOLIA);
        assertThat(innerMongolia.isWorkingDay(LocalDate.of(2026, 7, 15))).isFalse();
        assertThat(innerMongolia.addWorkingDays(LocalDate.of(2026, 7, 14), 1)).isEqualTo(LocalDate.of(2026, 7, 17));
        assertThat(innerMongolia.addWorkingDays(LocalDate.of(2026, 7, 14), 2)).isEqualTo(LocalDate.of(2026, 7, 20));
        assertThat(calendars.of(XINJIANG).addWorkingDays(LocalDate.of(2026, 7, 14), 1))
                .isEqualTo(LocalDate.of(2026, 7, 15));
        // 2025 is still the official calendar, which the province has not touched.
        assertThat(innerMongolia.years()).containsExactlyInAnyOrder(2025, 2026);
        assertThat(calendars.find(INNER_MONGOLIA, 2025).orElseThrow().source())
                .isEqualTo(ProvinceCalendar.Source.OFFICIAL);

        assertThat(calendars.stamp(INNER_MONGOLIA)).isGreaterThan(stampBefore);
        assertThat(calendars.stamp(XINJIANG)).isEqualTo(stampBefore);

        Map<String, Object> audit = jdbc.queryForMap("""
                select actor_client_id, tenant_code, target, before_state::text as before_state,
                    after_state::text as after_state
                from platform.audit_event where action = 'calendar.saved' and province_code = ?""", INNER_MONGOLIA);
        assertThat(audit.get("actor_client_id")).isEqualTo(Tokens.operatorClientId(INNER_MONGOLIA));
        assertThat(audit.get("tenant_code")).isNull();
        assertThat(audit.get("target")).isEqualTo("150000/2026");
        JsonNode before = json.readTree((String) audit.get("before_state"));
        JsonNode after = json.readTree((String) audit.get("after_state"));
        assertThat(before.path("source").asString()).isEqualTo("OFFICIAL");
        assertThat(before.path("holidays")).hasSize(7);
        assertThat(after.path("version").asLong()).isEqualTo(1);
        assertThat(after.path("holidays").toString()).contains("Naadam");
    }

    @Test
    void deadlinesAroundSpringFestivalAndNationalDayFollowTheSavedCalendar() {
        String gansu = "620000";
        Answer saved = put(gansu, 2026, year(HOLIDAYS_2026, MAKE_UP_2026), null);
        assertThat(saved.status()).as("%s", saved.body()).isEqualTo(200);
        assertThat(calendars.find(gansu, 2026).orElseThrow().source()).isEqualTo(ProvinceCalendar.Source.PROVINCE);

        WorkingCalendar calendar = calendars.of(gansu);
        // Friday 13 Feb: the make-up Saturday 14th, then the holiday to the 23rd, then 24, 25, 26, 27.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
        // Wednesday 30 Sep: National Day Oct 1-7, so the first working day is Thursday 8 Oct.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        // Friday 9 Oct: the next working day is the make-up Saturday 10 Oct.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 10, 9), 1)).isEqualTo(LocalDate.of(2026, 10, 10));
        // Friday 18 Sep: the make-up Sunday 20 Sep.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 18), 1)).isEqualTo(LocalDate.of(2026, 9, 20));
    }

    @Test
    void aSecondSaveMustNameTheVersionItWasMadeFrom() {
        String guangxi = "450000";
        Map<String, Object> notice = year(HOLIDAYS_2026, MAKE_UP_2026);
        assertThat(put(guangxi, 2026, notice, "\"0\"").status()).isEqualTo(200);

        Map<String, Object> corrected =
                year(append(HOLIDAYS_2026, holiday("Sanyuesan", "2026-04-20", "2026-04-21")), MAKE_UP_2026);
        Answer missing = put(guangxi, 2026, corrected, null);
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.body().path("type").asString())
                .isEqualTo("https://onedoor.io/problems/precondition-required");
        Answer stale = put(guangxi, 2026, corrected, "\"7\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body().path("type").asString()).isEqualTo("https://onedoor.io/problems/precondition-failed");

        Answer accepted = put(guangxi, 2026, corrected, "\"1\"");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.headers().getETag()).isEqualTo("\"2\"");
        // A second operator who read version 1 cannot overwrite the correction.
        assertThat(put(guangxi, 2026, notice, "\"1\"").status()).isEqualTo(412);
        assertThat(get(guangxi, 2026).body().path("holidays")).hasSize(8);
        // Claiming a version of a year the province never saved is stale too.
        assertThat(put(
                                guangxi,
                                2025,
                                year(List.of(holiday("New Year", "2025-01-01", "2025-01-01")), List.of()),
                                "\"3\"")
                        .status())
                .isEqualTo(412);
        assertThat(get(guangxi, 2025).body().path("source").asString()).isEqualTo("OFFICIAL");
    }

    @Test
    void anInvalidYearIsRefusedWithEveryFindingAndNothingSaved() {
        String ningxia = "640000";
        Map<String, Object> body = year(
                List.of(
                        holiday("New Year", "2026-01-01", "2026-01-03"),
                        holiday("Spring Festival", "2026-02-15", "2026-02-23"),
                        holiday("Qingming", "2026-04-06", "2026-04-04"),
                        holiday("Lantern", "2026-02-21", "2026-02-24"),
                        holiday("Old New Year", "2025-12-31", "2026-01-01")),
                List.of("2026-02-16", "2026-02-21", "2026-02-14", "2026-02-14", "2027-01-02"));

        Answer refused = put(ningxia, 2026, body, null);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("type").asString()).isEqualTo("https://onedoor.io/problems/invalid-calendar");
        assertThat(fields(refused))
                .containsExactly(
                        "holidays[2].to",
                        "holidays[3]",
                        "holidays[4].from",
                        "holidays[4]",
                        "makeUpWorkdays[0]",
                        "makeUpWorkdays[0]",
                        "makeUpWorkdays[1]",
                        "makeUpWorkdays[1]",
                        "makeUpWorkdays[3]",
                        "makeUpWorkdays[4]");
        assertThat(get(ningxia, 2026).body().path("source").asString()).isEqualTo("OFFICIAL");
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.audit_event where action = 'calendar.saved' and province_code = ?",
                        Integer.class,
                        ningxia))
                .isZero();
    }

    @Test
    void aBodyOfTheWrongShapeIsA400NamingEveryFieldNeverA500() {
        String qinghai = "630000";
        List<Object> holidays = new ArrayList<>();
        holidays.add(Map.of("name", "Spring Festival", "from", "2026-02-15")); // no "to"
        holidays.add(null);
        holidays.add(holiday("Qingming", "2026-04-06", "2026-04-04"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("holidays", holidays);
        body.put("makeUpWorkdays", List.of("2026-02-16"));

        Answer shape = put(qinghai, 2026, body, null);
        assertThat(shape.status()).isEqualTo(400);
        assertThat(fields(shape)).contains("holidays[0].to", "holidays[1]", "holidays[2].to", "makeUpWorkdays[0]");

        List<Object> withNull = new ArrayList<>();
        withNull.add(null);
        Answer nullDay = put(qinghai, 2026, Map.of("holidays", List.of(), "makeUpWorkdays", withNull), null);
        // A null item is malformed in any list of the API (none is declared nullable).
        assertThat(nullDay.status()).isEqualTo(400);
        assertThat(fields(nullDay)).containsExactly("makeUpWorkdays[0]");

        Answer withYear =
                put(qinghai, 2026, Map.of("year", 2027, "holidays", List.of(), "makeUpWorkdays", List.of()), null);
        assertThat(withYear.status()).isEqualTo(400);
        assertThat(fields(withYear)).containsExactly("year");

        assertThat(people.call("GET", "/api/v1/provinces/630000/calendars/1999", tokens.operator(qinghai), null)
                        .status())
                .isEqualTo(400);
        assertThat(get(qinghai, 2026).body().path("source").asString()).isEqualTo("OFFICIAL");
    }

    @Test
    void aYearNobodyHasIsNotFoundUntilTheProvinceEntersIt() {
        String tibet = "540000";
        Answer unknown = get(tibet, 2027);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("type").asString()).isEqualTo("https://onedoor.io/problems/calendar-not-found");
        assertThatThrownBy(() -> calendars.of(tibet).isWorkingDay(LocalDate.of(2027, 1, 4)))
                .isInstanceOf(WorkingCalendar.UnknownYearException.class);

        // New Year 2027 falls on a Friday: off Friday 1 to Sunday 3 January.
        Answer entered =
                put(tibet, 2027, year(List.of(holiday("New Year", "2027-01-01", "2027-01-03")), List.of()), null);
        assertThat(entered.status()).as("%s", entered.body()).isEqualTo(200);
        assertThat(get(tibet, 2027).body().path("source").asString()).isEqualTo("PROVINCE");
        assertThat(calendars.of(tibet).years()).containsExactlyInAnyOrder(2025, 2026, 2027);
        assertThat(calendars.of(tibet).addWorkingDays(LocalDate.of(2026, 12, 31), 1))
                .isEqualTo(LocalDate.of(2027, 1, 4));
        // Other provinces still have no answer for 2027.
        assertThatThrownBy(() -> calendars.of("530000").addWorkingDays(LocalDate.of(2026, 12, 31), 1))
                .isInstanceOf(WorkingCalendar.UnknownYearException.class);
    }

    @Test
    void onlyAnOperatorOfTheProvinceReadsOrChangesItsCalendars() {
        String yunnan = "530000";
        String otherOperator = tokens.operator(XINJIANG);
        Map<String, Object> notice = year(HOLIDAYS_2026, MAKE_UP_2026);

        Answer read = people.call("GET", "/api/v1/provinces/" + yunnan + "/calendars/2026", otherOperator, null);
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.body().path("type").asString()).isEqualTo("https://onedoor.io/problems/forbidden");
        assertThat(people.call("PUT", "/api/v1/provinces/" + yunnan + "/calendars/2026", otherOperator, notice)
                        .status())
                .isEqualTo(403);
        assertThat(people.call("PUT", "/api/v1/provinces/" + yunnan + "/calendars/2026", null, notice)
                        .status())
                .isEqualTo(401);
        assertThat(get(yunnan, 2026).body().path("source").asString()).isEqualTo("OFFICIAL");
    }

    @Test
    void aCommittedSaveIsAnnouncedAndARefusedOrEmptyOneIsNot(ApplicationEvents events) {
        String hainan = "460000";
        CalendarYear newYear = new CalendarYear(
                2026,
                List.of(new CalendarYear.Holiday("New Year", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3))),
                Set.of(LocalDate.of(2026, 1, 4)));

        ProvinceCalendar saved = calendars.save(hainan, 2026, newYear, null, "operator-of-hainan");

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.savedBy()).isEqualTo("operator-of-hainan");
        assertThat(events.stream(ProvinceCalendarChanged.class))
                .containsExactly(new ProvinceCalendarChanged(hainan, 2026));

        assertThatThrownBy(() -> calendars.save(hainan, 2026, newYear, "\"0\"", "operator-of-hainan"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(412));
        ProvinceCalendar again = calendars.save(hainan, 2026, newYear, "\"1\"", "someone-else");
        assertThat(again.version()).as("the same calendar again is no change").isEqualTo(1);
        assertThat(again.savedBy()).isEqualTo("operator-of-hainan");
        assertThat(events.stream(ProvinceCalendarChanged.class)).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.audit_event where action = 'calendar.saved' and province_code = ?",
                        Integer.class,
                        hainan))
                .isEqualTo(1);
    }

    private Answer get(String province, int year) {
        return people.call(
                "GET", "/api/v1/provinces/" + province + "/calendars/" + year, tokens.operator(province), null);
    }

    private Answer put(String province, int year, Object body, @Nullable String ifMatch) {
        return people.call(
                "PUT",
                "/api/v1/provinces/" + province + "/calendars/" + year,
                tokens.operator(province),
                body,
                ifMatch);
    }

    private static List<String> fields(Answer answer) {
        List<String> fields = new ArrayList<>();
        answer.body()
                .path("errors")
                .forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }

    private static Map<String, Object> year(List<Map<String, String>> holidays, List<String> makeUpWorkdays) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("holidays", holidays);
        body.put("makeUpWorkdays", makeUpWorkdays);
        return body;
    }

    private static Map<String, String> holiday(String name, String from, String to) {
        Map<String, String> holiday = new LinkedHashMap<>();
        holiday.put("name", name);
        holiday.put("from", from);
        holiday.put("to", to);
        return holiday;
    }

    private static List<Map<String, String>> append(List<Map<String, String>> holidays, Map<String, String> extra) {
        List<Map<String, String>> result = new ArrayList<>(holidays);
        result.add(extra);
        return result;
    }
}
