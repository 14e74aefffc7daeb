package io.onedoor.tenants.configuration.workbook;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import io.onedoor.tenants.configuration.Area;
import io.onedoor.tenants.configuration.Area.OpeningHours;
import io.onedoor.tenants.configuration.Area.Position;
import io.onedoor.tenants.configuration.CalendarOverrides;
import io.onedoor.tenants.configuration.CalendarOverrides.DayOverride;
import io.onedoor.tenants.configuration.Category;
import io.onedoor.tenants.configuration.Category.ComplexityClass;
import io.onedoor.tenants.configuration.Category.ComplexityRule;
import io.onedoor.tenants.configuration.Category.Deadline;
import io.onedoor.tenants.configuration.Category.Deadlines;
import io.onedoor.tenants.configuration.Category.StandardPath;
import io.onedoor.tenants.configuration.CenterConfiguration;
import io.onedoor.tenants.configuration.Department;
import io.onedoor.tenants.configuration.Department.Duties;
import io.onedoor.tenants.configuration.Department.Mode;
import io.onedoor.tenants.configuration.Department.RotaEntry;
import io.onedoor.tenants.configuration.Department.Weeks;
import io.onedoor.tenants.configuration.Department.Whistle;
import io.onedoor.tenants.configuration.KpiSelection;
import io.onedoor.tenants.configuration.KpiSelection.Target;
import io.onedoor.tenants.configuration.OrgUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Every field of the document set somewhere and left out elsewhere, in a county configured after
 * Altay's (the rules' fixture is {@code configuration.Altay}; this one serves the round trip): four resident hosts (housing, agriculture,
 * forestry and grassland, natural resources) hosting on-call water, transport and education
 * (吹哨报到 within 30 minutes), a rotating civil-affairs bureau on odd and even weeks, Tongliao's
 * "over 1,000,000 yuan or 10 parties is difficult" and Gongliu's 3/7/15-day deadlines.
 */
final class EveryFieldSet {

    static final List<java.time.DayOfWeek> WEEKDAYS = List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);

    static CenterConfiguration configuration() {
        return new CenterConfiguration(orgUnits(), areas(), departments(), categories(), calendar(), kpis());
    }

    static List<OrgUnit> orgUnits() {
        return List.of(
                new OrgUnit("654301", "阿勒泰市综治中心", OrgUnit.Kind.CENTER, "654301", null, OrgUnit.Status.ACTIVE, null),
                new OrgUnit(
                        "jinshan", "金山路街道", OrgUnit.Kind.TOWNSHIP, "654301001", "654301", OrgUnit.Status.ACTIVE, null),
                new OrgUnit(
                        "hongdun", "红墩镇", OrgUnit.Kind.TOWNSHIP, "654301100", "654301", OrgUnit.Status.ACTIVE, null),
                new OrgUnit(
                        "jinshan.wenhua",
                        "文化路社区",
                        OrgUnit.Kind.COMMUNITY,
                        "654301001001",
                        "jinshan",
                        OrgUnit.Status.ACTIVE,
                        null),
                new OrgUnit(
                        "jinshan.wenhua.g1",
                        "文化路社区第一网格",
                        OrgUnit.Kind.GRID,
                        null,
                        "jinshan.wenhua",
                        OrgUnit.Status.ACTIVE,
                        null),
                new OrgUnit(
                        "hongdun.old",
                        "原红墩村",
                        OrgUnit.Kind.VILLAGE,
                        "654301100201",
                        "hongdun",
                        OrgUnit.Status.RETIRED,
                        LocalDate.of(2026, 2, 13)));
    }

    static List<Area> areas() {
        // Xinjiang keeps Beijing time on the clock and local hours: mornings open at 09:30.
        OpeningHours mornings = new OpeningHours(WEEKDAYS, LocalTime.of(9, 30), LocalTime.of(13, 30));
        OpeningHours afternoons = new OpeningHours(WEEKDAYS, LocalTime.of(16, 0), LocalTime.of(19, 30));
        OpeningHours saturday = new OpeningHours(List.of(SATURDAY), LocalTime.of(10, 0), LocalTime.of(12, 0));
        return List.of(
                new Area(
                        "intake",
                        "引导受理大厅",
                        Area.Kind.INTAKE_HALL,
                        1,
                        List.of(
                                new Area.Window(
                                        "1",
                                        "综合受理窗口",
                                        Area.Function.INTAKE,
                                        List.of("petitions"),
                                        List.of(mornings, afternoons, saturday),
                                        new Position(0, 0)),
                                new Area.Window(
                                        "2",
                                        "住建托管窗口",
                                        Area.Function.MEDIATION,
                                        List.of("housing", "natural-resources"),
                                        List.of(mornings, afternoons),
                                        new Position(0, 1)),
                                new Area.Window(
                                        "3",
                                        "农业农村窗口",
                                        Area.Function.MEDIATION,
                                        List.of("agriculture"),
                                        List.of(),
                                        null)),
                        List.of()),
                new Area(
                        "resolve",
                        "多元化解区",
                        Area.Kind.MULTI_RESOLUTION,
                        2,
                        List.of(new Area.Window(
                                "F-1",
                                "金融纠纷窗口",
                                Area.Function.FINANCIAL,
                                List.of(),
                                List.of(mornings),
                                new Position(3, 12))),
                        List.of(
                                new Area.Room("econ", "经济纠纷调解室", Area.RoomKind.ECONOMIC_DISPUTES, new Position(5, 0)),
                                new Area.Room("family", "婚姻家庭邻里调解室", Area.RoomKind.FAMILY_AND_NEIGHBORS, null))),
                new Area(
                        "legal",
                        "公共法律服务区",
                        Area.Kind.LEGAL_SERVICE,
                        -1,
                        List.of(),
                        List.of(new Area.Room("lawyer", "律师调解室", Area.RoomKind.LAWYER, new Position(200, 200)))),
                new Area("spare", "备用区", Area.Kind.OTHER, null, List.of(), List.of()));
    }

    static List<Department> departments() {
        Duties housingDuties =
                new Duties(List.of("物业服务纠纷", "房屋质量纠纷, 含装修"), List.of("拖欠农民工工资联合处置"), List.of("超期未签收", "回访不满意"));
        return List.of(
                new Department("housing", "住房和城乡建设局", Mode.RESIDENT, List.of(), null, null, housingDuties),
                new Department(
                        "agriculture",
                        "农业农村局",
                        Mode.RESIDENT,
                        List.of(),
                        null,
                        null,
                        new Duties(List.of("农机买卖纠纷", "土地承包纠纷"), List.of(), List.of())),
                new Department("forestry", "林业和草原局", Mode.RESIDENT, List.of(), null, null, null),
                new Department("natural-resources", "自然资源局", Mode.RESIDENT, List.of(), null, null, null),
                new Department(
                        "water",
                        "水利局",
                        Mode.ON_CALL,
                        List.of(),
                        new Whistle("王工", "0906-2123456", 30),
                        "agriculture",
                        null),
                new Department("transport", "交通运输局", Mode.ON_CALL, List.of(), null, "housing", null),
                new Department(
                        "education",
                        "教育局",
                        Mode.ON_CALL,
                        List.of(),
                        new Whistle(null, "+86 (906) 212-3000", 45),
                        null,
                        new Duties(List.of(), List.of("校园周边矛盾联合排查"), List.of())),
                new Department(
                        "civil-affairs",
                        "民政局",
                        Mode.ROTATING,
                        List.of(
                                new RotaEntry(
                                        List.of(MONDAY, WEDNESDAY),
                                        Weeks.ODD,
                                        LocalDate.of(2026, 1, 5),
                                        LocalDate.of(2026, 6, 30)),
                                new RotaEntry(List.of(TUESDAY), Weeks.EVEN, null, null),
                                new RotaEntry(List.of(FRIDAY), Weeks.EVERY, LocalDate.of(2026, 7, 1), null)),
                        null,
                        null,
                        null),
                new Department("petitions", null, Mode.RESIDENT, List.of(), null, null, null),
                new Department(
                        "notary",
                        "公证处",
                        Mode.ON_CALL,
                        List.of(),
                        new Whistle("李主任", null, (Integer) null),
                        null,
                        null));
    }

    static List<Category> categories() {
        Deadlines gongliu = new Deadlines(new Deadline(30, 3), new Deadline(30, 7), new Deadline(60, 15));
        return List.of(
                new Category(
                        "land",
                        "土地纠纷",
                        null,
                        false,
                        new StandardPath("agriculture", List.of("natural-resources", "forestry")),
                        List.of(
                                new ComplexityRule(ComplexityClass.DIFFICULT, new BigDecimal("1000000.00"), 10),
                                new ComplexityRule(ComplexityClass.NORMAL, new BigDecimal("50000.5"), null),
                                new ComplexityRule(ComplexityClass.SIMPLE, null, 1)),
                        gongliu),
                new Category("land.contract", "土地承包经营权纠纷", "land", false, null, List.of(), null),
                new Category(
                        "wages",
                        "拖欠农民工工资",
                        null,
                        false,
                        new StandardPath("housing", List.of()),
                        List.of(new ComplexityRule(ComplexityClass.DIFFICULT, new BigDecimal("800000"), 30)),
                        new Deadlines(new Deadline(30, 5), new Deadline(30, 5), new Deadline(120, 10))),
                new Category("heating", "供暖纠纷（已并入物业）", "wages", true, null, List.of(), null));
    }

    static CalendarOverrides calendar() {
        return new CalendarOverrides(
                List.of(
                        new DayOverride(LocalDate.of(2026, 5, 27), false, "古尔邦节"),
                        new DayOverride(LocalDate.of(2026, 3, 14), true, "矛盾纠纷集中排查日")),
                List.of(
                        new CalendarOverrides.WorkingInterval(LocalTime.of(9, 30), LocalTime.of(13, 0)),
                        new CalendarOverrides.WorkingInterval(LocalTime.of(15, 0), LocalTime.of(19, 30))),
                // Yellow at half the time or an hour left; supervision after the default 60 minutes.
                new CalendarOverrides.Lights(50, 60, null, 5));
    }

    static List<KpiSelection> kpis() {
        return List.of(
                new KpiSelection(
                        "resolution-rate",
                        List.of(
                                new Target("2026", new BigDecimal("90"), new BigDecimal("85.0")),
                                new Target("2026-Q4", new BigDecimal("95.5"), new BigDecimal("92")),
                                new Target("2026-11", new BigDecimal("96.90"), new BigDecimal("0.1")))),
                new KpiSelection("satisfaction-rate", List.of()),
                new KpiSelection(
                        "closure-days",
                        List.of(new Target("2026", new BigDecimal("5"), new BigDecimal("12345678901234567.25")))));
    }

    private EveryFieldSet() {}
}
