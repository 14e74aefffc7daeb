package io.onedoor.tenants.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.onedoor.support.web.Problems.FieldProblem;
import io.onedoor.tenants.configuration.ConfigurationRules.OpenMatters;
import io.onedoor.tenants.configuration.Department.Mode;
import io.onedoor.tenants.configuration.Department.RotaEntry;
import io.onedoor.tenants.configuration.Department.Weeks;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ConfigurationRulesUnitTest {

    private static final Catalogs CATALOGS = new Catalogs(JsonMapper.builder().build());
    private static final ConfigurationRules RULES = new ConfigurationRules(CATALOGS);
    private final CenterConfiguration altay = Altay.configuration();

    private List<FieldProblem> check(CenterConfiguration next) {
        return RULES.check(next, altay, Altay.DIVISION, OpenMatters.NONE);
    }

    @Test
    void altaysFourHostsForTheirOnCallUnitsAreAValidConfiguration() {
        assertThat(RULES.check(altay, CenterConfiguration.EMPTY, Altay.DIVISION, OpenMatters.NONE))
                .isEmpty();
    }

    @Test
    void altaysFourResidentHostsCanHostNineteenOnCallUnits() {
        List<String> hosts = List.of("housing", "agriculture", "forestry", "natural-resources");
        List<String> onCall = List.of(
                "water",
                "transport",
                "education",
                "civil-affairs",
                "health",
                "market-regulation",
                "ecology",
                "urban-management",
                "emergency-management",
                "veterans",
                "culture",
                "tourism",
                "statistics",
                "ethnic-affairs",
                "religious-affairs",
                "meteorology",
                "power-supply",
                "telecom",
                "insurance");
        List<Department> departments = new java.util.ArrayList<>();
        hosts.forEach(host -> departments.add(Altay.resident(host)));
        for (int i = 0; i < onCall.size(); i++) {
            departments.add(new Department(
                    onCall.get(i), "随驻单位 " + i, Mode.ON_CALL, List.of(), null, hosts.get(i % hosts.size()), null));
        }
        CenterConfiguration hosting =
                new CenterConfiguration(altay.orgUnits(), List.of(), departments, List.of(), null, List.of());

        assertThat(onCall).hasSize(19);
        assertThat(RULES.check(hosting, CenterConfiguration.EMPTY, Altay.DIVISION, OpenMatters.NONE))
                .isEmpty();
    }

    @Test
    void refusesAWindowStaffedByADepartmentNotStationedHere() {
        Area hall = altay.areas().getFirst();
        Area.Window window = hall.windows().getFirst();
        Area changed = new Area(
                hall.code(),
                hall.name(),
                hall.kind(),
                hall.floor(),
                List.of(
                        new Area.Window(
                                window.number(),
                                window.name(),
                                window.function(),
                                List.of("petitions", "procuratorate"),
                                window.openingHours(),
                                window.position()),
                        hall.windows().get(1)),
                hall.rooms());
        CenterConfiguration next = altay.with(
                CenterConfiguration.Section.AREAS,
                new CenterConfiguration(null, List.of(changed, altay.areas().get(1)), null, null, null, null));

        assertThat(check(next))
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(tuple(
                        "areas[0].windows[0].departments[1]",
                        "window 1 (综合受理) is staffed by 'procuratorate', which is not stationed here"));
    }

    @Test
    void refusesAHostThatIsNotResident() {
        CenterConfiguration next =
                Altay.withDepartment(altay, "water", water -> Altay.onCall("water", "civil-affairs"));

        assertThat(check(next)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("departments[9].host");
            assertThat(problem.message()).contains("'civil-affairs'", "ROTATING, not RESIDENT");
        });
    }

    @Test
    void refusesAnOnCallDepartmentNobodyCouldSummon() {
        CenterConfiguration next = Altay.withDepartment(
                altay, "notary", notary -> new Department("notary", null, Mode.ON_CALL, List.of(), null, null, null));

        assertThat(check(next))
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(
                        tuple(
                                "departments[12]",
                                "on-call department 'notary' has neither a host nor a whistle contact: nobody could summon it"));
    }

    @Test
    void refusesACategoryLedByADepartmentNotStationed() {
        List<Category> categories = new java.util.ArrayList<>(altay.categories());
        Category land = categories.get(2);
        categories.set(
                2,
                new Category(
                        land.code(),
                        land.name(),
                        null,
                        false,
                        new Category.StandardPath("procuratorate", List.of("agriculture")),
                        land.complexity(),
                        land.deadlines()));
        CenterConfiguration next = altay.with(
                CenterConfiguration.Section.CATEGORIES,
                new CenterConfiguration(null, null, null, categories, null, null));

        assertThat(check(next))
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(tuple(
                        "categories[2].path.lead",
                        "category 'land' is led by 'procuratorate', which is not stationed here"));
    }

    @Test
    void refusesRemovingADepartmentStillNamedByWindowsCategoriesHostsAndOpenMatters() {
        CenterConfiguration next = Altay.withDepartment(altay, "agriculture", agriculture -> null);
        OpenMatters open = new OpenMatters(
                Map.of(
                        "agriculture",
                        new OpenMatters.Reference(2, List.of("654301-2026-000001", "654301-2026-000007"))),
                Map.of());

        List<FieldProblem> problems = RULES.check(next, altay, Altay.DIVISION, open);

        assertThat(problems)
                .filteredOn(p -> p.field().equals("departments"))
                .singleElement()
                .satisfies(
                        problem -> assertThat(problem.message())
                                .isEqualTo(
                                        "department 'agriculture' cannot be removed while referenced:"
                                                + " window 4; category land (co-handler); category water-project (co-handler);"
                                                + " department water (host); 2 open matters name it (654301-2026-000001, 654301-2026-000007)"));
    }

    @Test
    void refusesRemovingADepartmentOnlyOpenMattersStillName() {
        CenterConfiguration next = Altay.withDepartment(altay, "health", health -> null);
        OpenMatters open = new OpenMatters(
                Map.of("health", new OpenMatters.Reference(1, List.of("654301-2026-000042"))), Map.of());

        assertThat(RULES.check(next, altay, Altay.DIVISION, open))
                .extracting(FieldProblem::message)
                .containsExactly("department 'health' cannot be removed while referenced:"
                        + " 1 open matter names it (654301-2026-000042)");
        assertThat(RULES.check(next, altay, Altay.DIVISION, OpenMatters.NONE)).isEmpty();
    }

    @Test
    void refusesOverlappingRotaEntriesButNotOddAndEvenWeeks() {
        CenterConfiguration overlapping = Altay.withDepartment(
                altay,
                "civil-affairs",
                d -> rotating(
                        new RotaEntry(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), Weeks.EVERY, null, null),
                        new RotaEntry(List.of(DayOfWeek.WEDNESDAY), Weeks.ODD, LocalDate.of(2026, 3, 1), null)));
        CenterConfiguration alternating = Altay.withDepartment(
                altay,
                "civil-affairs",
                d -> rotating(
                        new RotaEntry(List.of(DayOfWeek.WEDNESDAY), Weeks.EVEN, null, null),
                        new RotaEntry(List.of(DayOfWeek.WEDNESDAY), Weeks.ODD, null, null)));
        CenterConfiguration successive = Altay.withDepartment(
                altay,
                "civil-affairs",
                d -> rotating(
                        new RotaEntry(List.of(DayOfWeek.MONDAY), Weeks.EVERY, null, LocalDate.of(2026, 6, 30)),
                        new RotaEntry(List.of(DayOfWeek.MONDAY), Weeks.EVERY, LocalDate.of(2026, 7, 1), null)));

        assertThat(check(overlapping))
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(
                        tuple(
                                "departments[7].rota[1]",
                                "rota entry 1 of 'civil-affairs' overlaps rota entry 0 (same weekday in the same weeks and dates)"));
        assertThat(check(alternating)).isEmpty();
        assertThat(check(successive)).isEmpty();
    }

    @Test
    void refusesKpiTargetsOutsideTheirMetricsRangeOrWarningsOnTheGoodSide() {
        CenterConfiguration next = altay.with(
                CenterConfiguration.Section.KPIS,
                new CenterConfiguration(
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(
                                new KpiSelection(
                                        "resolution-rate",
                                        List.of(new KpiSelection.Target(
                                                "2026", new BigDecimal("120"), new BigDecimal("90")))),
                                new KpiSelection(
                                        "average-resolution-working-days",
                                        List.of(new KpiSelection.Target(
                                                "2026", new BigDecimal("5"), new BigDecimal("3")))),
                                new KpiSelection("happiness-index", List.of()))));

        assertThat(check(next))
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(
                        tuple("kpis[0].targets[0].target", "resolution-rate takes values from 0 to 100, not 120"),
                        tuple(
                                "kpis[1].targets[0].warning",
                                "average-resolution-working-days 2026: the warning 3 is"
                                        + " not on the high side of the target 5"),
                        tuple("kpis[2].metric", "'happiness-index' is not a KPI of the platform's catalog"));
    }

    @Test
    void refusesDeletingAnOrgUnitButAcceptsRetiringAndMovingIt() {
        List<OrgUnit> units = altay.orgUnits();
        CenterConfiguration deleted = altay.with(
                CenterConfiguration.Section.ORG_UNITS,
                new CenterConfiguration(units.subList(0, 3), null, null, null, null, null));
        OrgUnit village = units.get(3);
        CenterConfiguration moved = altay.with(
                CenterConfiguration.Section.ORG_UNITS,
                new CenterConfiguration(
                        List.of(
                                units.get(0),
                                units.get(1),
                                units.get(2),
                                new OrgUnit(
                                        village.code(),
                                        village.name(),
                                        OrgUnit.Kind.VILLAGE,
                                        null,
                                        Altay.DIVISION + "001",
                                        OrgUnit.Status.RETIRED,
                                        LocalDate.of(2026, 11, 1))),
                        null,
                        null,
                        null,
                        null,
                        null));

        assertThat(check(deleted))
                .extracting(FieldProblem::message)
                .containsExactly(
                        "org units are retired, never deleted, so that matters and accounts naming them keep their meaning;"
                                + " missing: '654301101201' (红墩村)");
        assertThat(check(moved)).isEmpty();
    }

    @Test
    void refusesLightsOutOfTheirRangesNamingEachButLeavesOutValuesToTheDefaults() {
        CenterConfiguration broken = altay.with(
                CenterConfiguration.Section.CALENDAR, lights(new CalendarOverrides.Lights(0, -5, 10081, 61)));
        CenterConfiguration partial = altay.with(
                CenterConfiguration.Section.CALENDAR, lights(new CalendarOverrides.Lights(50, null, null, null)));

        assertThat(check(broken))
                .extracting(FieldProblem::field)
                .containsExactly(
                        "calendar.lights.yellowAtPercent",
                        "calendar.lights.yellowWithinMinutes",
                        "calendar.lights.superviseUnsignedAfterMinutes",
                        "calendar.lights.supervisionWorkingDays");
        assertThat(check(partial)).isEmpty();
        assertThat(partial.calendar().effectiveLights()).isEqualTo(new CalendarOverrides.Lights(50, 0, 60, 3));
    }

    @Test
    void refusesWorkingHoursOutOfOrderOverlappingOrRunningPastMidnightButAcceptsALongerDay() {
        CenterConfiguration broken = altay.with(
                CenterConfiguration.Section.CALENDAR,
                calendar(hours("13:30", "17:30"), hours("09:00", "12:00"), hours("18:00", "18:00")));
        CenterConfiguration longer = altay.with(
                CenterConfiguration.Section.CALENDAR,
                calendar(hours("08:30", "12:00"), hours("12:00", "13:00"), hours("14:30", "20:00")));

        assertThat(check(broken))
                .extracting(FieldProblem::field)
                .containsExactly("calendar.workingHours[1].start", "calendar.workingHours[2].end");
        assertThat(check(longer)).isEmpty();
    }

    @Test
    void listsEveryBrokenRuleAtOnce() {
        CenterConfiguration next = Altay.withDepartment(
                Altay.withDepartment(
                        altay,
                        "notary",
                        d -> new Department("notary", null, Mode.ON_CALL, List.of(), null, "health", null)),
                "civil-affairs",
                d -> new Department("civil-affairs", null, Mode.ROTATING, List.of(), null, null, null));

        assertThat(check(next))
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("departments[7].rota", "departments[12].host");
    }

    private CenterConfiguration calendar(CalendarOverrides.WorkingInterval... hours) {
        return new CenterConfiguration(
                null, null, null, null, new CalendarOverrides(altay.calendar().overrides(), List.of(hours)), null);
    }

    private CenterConfiguration lights(CalendarOverrides.Lights lights) {
        return new CenterConfiguration(
                null, null, null, null, new CalendarOverrides(altay.calendar().overrides(), null, lights), null);
    }

    private static CalendarOverrides.WorkingInterval hours(String start, String end) {
        return new CalendarOverrides.WorkingInterval(LocalTime.parse(start), LocalTime.parse(end));
    }

    private static Department rotating(RotaEntry... rota) {
        return new Department("civil-affairs", null, Mode.ROTATING, List.of(rota), null, null, null);
    }
}
