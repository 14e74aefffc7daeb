package io.onedoor.tenants.configuration;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import io.onedoor.tenants.configuration.Category.ComplexityClass;
import io.onedoor.tenants.configuration.Category.ComplexityRule;
import io.onedoor.tenants.configuration.Category.Deadline;
import io.onedoor.tenants.configuration.Category.Deadlines;
import io.onedoor.tenants.configuration.Department.Mode;
import io.onedoor.tenants.configuration.Department.RotaEntry;
import io.onedoor.tenants.configuration.Department.Weeks;
import io.onedoor.tenants.configuration.Department.Whistle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A configuration shaped like Altay's center (domain brief): four resident hosts (housing,
 * agriculture, forestry, natural resources) taking the matters of on-call water, transport and
 * education, a whistle-only on-call unit, a rotating civil-affairs bureau, windows in two areas,
 * categories with Tongliao's difficulty rule and Gongliu's 3/7/15-day deadlines, and KPIs.
 */
final class Altay {

    static final String DIVISION = "654301";

    private Altay() {}

    static CenterConfiguration configuration() {
        return configuration(DIVISION);
    }

    static CenterConfiguration configuration(String division) {
        List<OrgUnit> units = List.of(
                new OrgUnit(division, "阿勒泰市综治中心", OrgUnit.Kind.CENTER, division, null, OrgUnit.Status.ACTIVE, null),
                new OrgUnit(
                        division + "001",
                        "金山路街道",
                        OrgUnit.Kind.TOWNSHIP,
                        division + "001",
                        division,
                        OrgUnit.Status.ACTIVE,
                        null),
                new OrgUnit(
                        division + "101",
                        "红墩镇",
                        OrgUnit.Kind.TOWNSHIP,
                        division + "101",
                        division,
                        OrgUnit.Status.ACTIVE,
                        null),
                new OrgUnit(
                        division + "101201",
                        "红墩村",
                        OrgUnit.Kind.VILLAGE,
                        division + "101201",
                        division + "101",
                        OrgUnit.Status.ACTIVE,
                        null));
        List<Department> departments = List.of(
                resident("housing"),
                resident("agriculture"),
                resident("forestry"),
                resident("natural-resources"),
                resident("petitions"),
                resident("human-resources"),
                resident("court"),
                new Department(
                        "civil-affairs",
                        null,
                        Mode.ROTATING,
                        List.of(new RotaEntry(List.of(MONDAY, WEDNESDAY), Weeks.EVERY, null, null)),
                        null,
                        null,
                        null),
                new Department(
                        "health",
                        null,
                        Mode.ROTATING,
                        List.of(new RotaEntry(List.of(FRIDAY), Weeks.ODD, LocalDate.of(2026, 1, 1), null)),
                        null,
                        null,
                        null),
                onCall("water", "agriculture"),
                onCall("transport", "housing"),
                onCall("education", "natural-resources"),
                new Department(
                        "notary",
                        null,
                        Mode.ON_CALL,
                        List.of(),
                        new Whistle("公证处值班室", "0906-2123456", 30),
                        null,
                        null));
        List<Area.OpeningHours> weekdays = List.of(new Area.OpeningHours(
                List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), LocalTime.of(9, 30), LocalTime.of(19, 30)));
        List<Area> areas = List.of(
                new Area(
                        "intake-hall",
                        "受理大厅",
                        Area.Kind.INTAKE_HALL,
                        1,
                        List.of(
                                new Area.Window(
                                        "1",
                                        "综合受理",
                                        Area.Function.INTAKE,
                                        List.of("petitions"),
                                        weekdays,
                                        new Area.Position(0, 0)),
                                new Area.Window(
                                        "2",
                                        "信访接待",
                                        Area.Function.PETITION,
                                        List.of("petitions"),
                                        weekdays,
                                        new Area.Position(0, 1))),
                        List.of()),
                new Area(
                        "multi-resolution",
                        "多元化解区",
                        Area.Kind.MULTI_RESOLUTION,
                        1,
                        List.of(
                                new Area.Window(
                                        "3",
                                        "住建托管窗口",
                                        Area.Function.GENERAL,
                                        List.of("housing", "natural-resources"),
                                        weekdays,
                                        new Area.Position(0, 0)),
                                new Area.Window(
                                        "4",
                                        "农业托管窗口",
                                        Area.Function.GENERAL,
                                        List.of("agriculture", "forestry"),
                                        weekdays,
                                        new Area.Position(0, 1)),
                                new Area.Window(
                                        "5",
                                        "劳动争议窗口",
                                        Area.Function.LABOR,
                                        List.of("human-resources"),
                                        weekdays,
                                        new Area.Position(0, 2))),
                        List.of(new Area.Room(
                                "family", "家事调解室", Area.RoomKind.FAMILY_AND_NEIGHBORS, new Area.Position(1, 0)))));
        Deadlines gongliu = new Deadlines(new Deadline(30, 3), new Deadline(30, 7), new Deadline(30, 15));
        List<ComplexityRule> tongliao = List.of(
                new ComplexityRule(ComplexityClass.DIFFICULT, new BigDecimal("1000000"), null),
                new ComplexityRule(ComplexityClass.DIFFICULT, null, 10));
        List<Category> categories = List.of(
                new Category(
                        "labor",
                        "劳动争议",
                        null,
                        false,
                        new Category.StandardPath("human-resources", List.of("court")),
                        tongliao,
                        gongliu),
                new Category("labor.wage-arrears", "拖欠工资", "labor", false, null, List.of(), null),
                new Category(
                        "land",
                        "土地纠纷",
                        null,
                        false,
                        new Category.StandardPath("natural-resources", List.of("agriculture")),
                        tongliao,
                        gongliu),
                new Category(
                        "water-project",
                        "水利工程纠纷",
                        null,
                        false,
                        new Category.StandardPath("water", List.of("agriculture")),
                        List.of(),
                        gongliu));
        CalendarOverrides calendar = new CalendarOverrides(
                List.of(new CalendarOverrides.DayOverride(LocalDate.of(2026, 3, 20), false, "古尔邦节")));
        List<KpiSelection> kpis = List.of(
                new KpiSelection(
                        "resolution-rate",
                        List.of(
                                new KpiSelection.Target("2026", new BigDecimal("95"), new BigDecimal("90")),
                                new KpiSelection.Target("2026-Q4", new BigDecimal("97.5"), new BigDecimal("95")))),
                new KpiSelection(
                        "average-resolution-working-days",
                        List.of(new KpiSelection.Target("2026", new BigDecimal("5"), new BigDecimal("7")))));
        return new CenterConfiguration(units, areas, departments, categories, calendar, kpis);
    }

    static Department resident(String code) {
        return new Department(code, null, Mode.RESIDENT, List.of(), null, null, null);
    }

    static Department onCall(String code, String host) {
        return new Department(code, null, Mode.ON_CALL, List.of(), null, host, null);
    }

    /** The configuration with one department replaced (or removed, if the operator returns null). */
    static CenterConfiguration withDepartment(
            CenterConfiguration configuration, String code, UnaryOperator<Department> change) {
        List<Department> departments = new ArrayList<>();
        for (Department department : configuration.departments()) {
            Department changed = department.code().equals(code) ? change.apply(department) : department;
            if (changed != null) {
                departments.add(changed);
            }
        }
        return configuration.with(
                CenterConfiguration.Section.DEPARTMENTS,
                new CenterConfiguration(null, null, departments, null, null, null));
    }
}
