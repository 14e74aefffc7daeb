package io.onedoor.tenants.configuration.workbook;

import static io.onedoor.tenants.configuration.workbook.Column.Format.CODE;
import static io.onedoor.tenants.configuration.workbook.Column.Format.CODES;
import static io.onedoor.tenants.configuration.workbook.Column.Format.DATE;
import static io.onedoor.tenants.configuration.workbook.Column.Format.DAYS;
import static io.onedoor.tenants.configuration.workbook.Column.Format.DECIMAL;
import static io.onedoor.tenants.configuration.workbook.Column.Format.INTEGER;
import static io.onedoor.tenants.configuration.workbook.Column.Format.NAME;
import static io.onedoor.tenants.configuration.workbook.Column.Format.TEXT;
import static io.onedoor.tenants.configuration.workbook.Column.Format.TIME;
import static io.onedoor.tenants.configuration.workbook.Column.choice;
import static io.onedoor.tenants.configuration.workbook.Column.optional;
import static io.onedoor.tenants.configuration.workbook.Column.required;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The workbook's sheets, in the order they are written, each with its columns. */
enum SheetLayout {
    README("说明", "README", "填写说明 / how to fill in this workbook", List.of()),

    ORG_UNITS(
            "组织",
            "orgUnits",
            "组织架构：本中心及下属乡镇、村社区、网格，每行一个 / the org tree, one unit a row",
            List.of(
                    required("编码", "code", CODE),
                    required("名称", "name", NAME),
                    choice("类型", "kind", true, Vocabulary.ORG_UNIT_KINDS),
                    optional("区划代码", "divisionCode", TEXT, "6、9 或 12 位数字，网格不填 / 6, 9 or 12 digits; none for a grid"),
                    optional("上级", "parent", CODE, "上级组织的编码，本中心不填 / the parent unit's code; none for the center"),
                    choice("状态", "status", true, Vocabulary.ORG_UNIT_STATUSES),
                    optional("撤销日期", "retiredOn", DATE, "已撤销的组织填写 / for a retired unit"))),

    AREAS(
            "功能区",
            "areas",
            "功能区，每行一个；窗口和调解室在各自的表中 / functional areas; their windows and rooms have their own sheets",
            List.of(
                    required("编码", "code", CODE),
                    required("名称", "name", NAME),
                    choice("类型", "kind", true, Vocabulary.AREA_KINDS),
                    optional("楼层", "floor", INTEGER, "-5 至 100 / -5 to 100"))),

    WINDOWS(
            "窗口",
            "windows",
            "服务窗口，每行一个，属于一个功能区 / service windows, each in an area",
            List.of(
                    required("功能区", "area", CODE).withNote("功能区 areas 表中的编码 / a code of sheet areas"),
                    required("窗口号", "number", TEXT)
                            .withNote("全中心唯一，字母、数字、-，最长 10 / unique in the center; letters, digits, -; up to 10"),
                    required("名称", "name", NAME),
                    choice("职能", "function", true, Vocabulary.WINDOW_FUNCTIONS),
                    optional("部门", "departments", CODES, "在此窗口工作的部门编码，最多 20 个 / up to 20 departments"),
                    optional("行", "row", INTEGER, "平面图位置的行（0-200），与列同填或同空 / floor-plan row, with column"),
                    optional("列", "column", INTEGER, "平面图位置的列（0-200） / floor-plan column, with row"))),

    OPENING_HOURS(
            "窗口时间",
            "openingHours",
            "窗口开放时间，每行一段 / window opening hours, one span a row",
            List.of(
                    required("窗口号", "window", TEXT).withNote("窗口 windows 表中的窗口号 / a number of sheet windows"),
                    required("星期", "days", DAYS),
                    required("开始", "opens", TIME),
                    required("结束", "closes", TIME))),

    ROOMS(
            "调解室",
            "rooms",
            "调解室，每行一个，属于一个功能区 / mediation rooms, each in an area",
            List.of(
                    required("功能区", "area", CODE).withNote("功能区 areas 表中的编码 / a code of sheet areas"),
                    required("编码", "code", CODE),
                    required("名称", "name", NAME),
                    choice("类型", "kind", true, Vocabulary.ROOM_KINDS),
                    optional("行", "row", INTEGER, "平面图位置的行（0-200），与列同填或同空 / floor-plan row, with column"),
                    optional("列", "column", INTEGER, "平面图位置的列（0-200） / floor-plan column, with row"))),

    DEPARTMENTS(
            "部门",
            "departments",
            "入驻部门，每行一个 / stationed departments, one a row",
            List.of(
                    required("编码", "code", CODE),
                    optional("名称", "name", NAME, "目录内部门可不填 / may be left out for a catalog department"),
                    choice("入驻方式", "mode", true, Vocabulary.MODES),
                    optional("托管部门", "host", CODE, "随驻部门的常驻托管部门编码 / an on-call department's resident host"),
                    optional("吹哨联系人", "whistleContact", TEXT, "随驻部门的联系人，最长 100 / who answers the whistle"),
                    optional("吹哨电话", "whistlePhone", TEXT, "值班电话 / the duty phone"),
                    optional("到场分钟", "arrivalMinutes", INTEGER, "1-1440，默认 30 / 1 to 1440, default 30"))),

    ROTA(
            "轮驻",
            "rota",
            "轮驻部门的排班，每行一条 / the rota of rotating departments, one line a row",
            List.of(
                    required("部门", "department", CODE).withNote("部门 departments 表中的编码 / a code of sheet departments"),
                    required("星期", "days", DAYS),
                    choice("周次", "weeks", true, Vocabulary.WEEKS),
                    optional("开始日期", "from", DATE, "不填则不限 / open if empty"),
                    optional("结束日期", "until", DATE, "不填则不限 / open if empty"))),

    DUTIES(
            "职责",
            "duties",
            "部门的三张清单，每行一项 / the departments' duty lists, one item a row",
            List.of(
                    required("部门", "department", CODE).withNote("部门 departments 表中的编码 / a code of sheet departments"),
                    choice("清单", "list", true, Vocabulary.DUTY_LISTS),
                    required("事项", "item", NAME))),

    CATEGORIES(
            "类别",
            "categories",
            "事项类别及其标准路径和时限，每行一个 / matter categories with their standard path and deadlines",
            List.of(
                    required("编码", "code", CODE),
                    required("名称", "name", NAME),
                    optional("上级", "parent", CODE, "上级类别编码 / the parent category's code"),
                    choice("停用", "retired", false, Vocabulary.YES_NO).withNote("不填为否 / FALSE if empty"),
                    optional("牵头部门", "lead", CODE, "不填则沿用上级类别的路径 / empty: the parent's path applies"),
                    optional("协办部门", "coHandlers", CODES, "最多 20 个 / up to 20"),
                    optional("简易响应分钟", "simpleResponseMinutes", INTEGER, "六个时限列全填或全空 / all six or none"),
                    optional("简易办结工作日", "simpleClosureWorkingDays", INTEGER, "1-366"),
                    optional("一般响应分钟", "normalResponseMinutes", INTEGER, "1-10080"),
                    optional("一般办结工作日", "normalClosureWorkingDays", INTEGER, "1-366"),
                    optional("疑难响应分钟", "difficultResponseMinutes", INTEGER, "1-10080"),
                    optional("疑难办结工作日", "difficultClosureWorkingDays", INTEGER, "1-366"))),

    COMPLEXITY(
            "复杂度",
            "complexity",
            "类别的复杂度规则，按行序判断，每行一条 / complexity rules, evaluated in row order",
            List.of(
                    required("类别", "category", CODE).withNote("类别 categories 表中的编码 / a code of sheet categories"),
                    choice("级别", "class", true, Vocabulary.CLASSES),
                    optional("最低金额元", "minAmountYuan", DECIMAL, "金额达到即适用 / applies from this amount"),
                    optional("最少当事人", "minParties", INTEGER, "当事人数达到即适用 / applies from this many parties"))),

    CALENDAR(
            "日历",
            "calendar",
            "本中心对省级日历的调整，每行一天 / the center's own calendar changes, one day a row",
            List.of(
                    required("日期", "date", DATE),
                    choice("上班", "working", true, Vocabulary.YES_NO).withNote("是=上班，否=休息 / TRUE working, FALSE off"),
                    required("原因", "reason", NAME))),

    WORKING_HOURS(
            "工作时间",
            "workingHours",
            "本中心的工作时间，每行一段，按先后；不填则为 09:00-12:00、13:30-17:30 / the center's working hours, one"
                    + " interval a row, in order; none for the default 09:00-12:00, 13:30-17:30",
            List.of(
                    required("开始", "start", TIME),
                    required("结束", "end", TIME).withNote("晚于开始，不跨午夜 / after the start, not past midnight"))),

    LIGHTS(
            "亮灯",
            "lights",
            "本中心的亮灯与自动督办规则，只填一行；不填的用默认值 / the center's lights and automatic supervision,"
                    + " one row at most; a value left empty is the default",
            List.of(
                    optional(
                            "黄灯用时百分比",
                            "yellowAtPercent",
                            INTEGER,
                            "1-99，用时达此比例亮黄灯，默认 67 / yellow once this share of the time is used; 67"),
                    optional(
                            "黄灯剩余分钟",
                            "yellowWithinMinutes",
                            INTEGER,
                            "0-10080，剩余不足此分钟亮黄灯，默认 0 / yellow also with fewer minutes left; 0 (never)"),
                    optional(
                            "未签收督办分钟",
                            "superviseUnsignedAfterMinutes",
                            INTEGER,
                            "0-10080，超过响应时限此工作分钟仍未签收即督办，默认 60 / supervised this many working"
                                    + " minutes unsigned past the response due; 60"),
                    optional(
                            "督办工作日",
                            "supervisionWorkingDays",
                            INTEGER,
                            "1-60，自动督办的办理时限，默认 3 / working days an automatic supervision item runs; 3"))),

    KPIS(
            "指标",
            "kpis",
            "考核指标及各周期目标，每行一个周期；只选指标不设目标时只填指标 / KPIs, one target a row",
            List.of(
                    required("指标", "metric", CODE),
                    optional("周期", "period", TEXT, "2026、2026-Q4 或 2026-11 / a year, quarter or month"),
                    optional("目标值", "target", DECIMAL, "与周期、预警值同填 / with period and warning"),
                    optional("预警值", "warning", DECIMAL, "亮黄灯的值 / where the KPI turns yellow")));

    private final String chinese;
    private final String key;
    private final String description;
    private final List<Column> columns;
    private final Map<String, Integer> indexes = new HashMap<>();

    SheetLayout(String chinese, String key, String description, List<Column> columns) {
        this.chinese = chinese;
        this.key = key;
        this.description = description;
        this.columns = columns;
        for (int i = 0; i < columns.size(); i++) {
            indexes.put(columns.get(i).key(), i);
        }
    }

    /**
     * Whether a workbook may leave the sheet out: the README, and the working hours and lights,
     * which workbooks exported before they could be set do not have (the defaults apply).
     */
    boolean mayBeMissing() {
        return this == README || this == WORKING_HOURS || this == LIGHTS;
    }

    /** The sheet's name, as in {@code 窗口 windows}. */
    String title() {
        return chinese + " " + key;
    }

    String key() {
        return key;
    }

    String description() {
        return description;
    }

    List<Column> columns() {
        return columns;
    }

    int index(String columnKey) {
        Integer index = indexes.get(columnKey);
        if (index == null) {
            throw new IllegalArgumentException(title() + " has no column " + columnKey);
        }
        return index;
    }

    Column column(String columnKey) {
        return columns.get(index(columnKey));
    }

    /** The layout a sheet name stands for: its exact title, or a title whose Chinese was changed. */
    static Optional<SheetLayout> named(String sheetName) {
        String name = sheetName.strip();
        String[] words = name.split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        for (SheetLayout layout : values()) {
            if (layout.title().equals(name)
                    || layout.key.toLowerCase(Locale.ROOT).equals(last)) {
                return Optional.of(layout);
            }
        }
        return Optional.empty();
    }
}
