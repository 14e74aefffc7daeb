package io.onedoor.tenants.configuration.workbook;

import static io.onedoor.tenants.configuration.workbook.SheetLayout.AREAS;
import static io.onedoor.tenants.configuration.workbook.SheetLayout.CALENDAR;
import static io.onedoor.tenants.configuration.workbook.SheetLayout.CATEGORIES;
import static io.onedoor.tenants.configuration.workbook.SheetLayout.COMPLEXITY;
import static io.onedoor.tenants.configuration.workbook.SheetLayout.DEPARTMENTS;
import static io.onedoor.tenants.configuration.workbook.SheetLayout.DUTIES;
import static io.onedoor.tenants.configuration.workbook.SheetLayout.KPIS;
import static io.onedoor.tenants.configuration.workbook.SheetLayout.LIGHTS;
import static io.onedoor.tenants.configuration.workbook.SheetLayout.OPENING_HOURS;
import static io.onedoor.tenants.configuration.workbook.SheetLayout.ORG_UNITS;
import static io.onedoor.tenants.configuration.workbook.SheetLayout.README;
import static io.onedoor.tenants.configuration.workbook.SheetLayout.ROOMS;
import static io.onedoor.tenants.configuration.workbook.SheetLayout.ROTA;
import static io.onedoor.tenants.configuration.workbook.SheetLayout.WINDOWS;
import static io.onedoor.tenants.configuration.workbook.SheetLayout.WORKING_HOURS;

import io.onedoor.support.web.Problems.FieldProblem;
import io.onedoor.tenants.configuration.Area;
import io.onedoor.tenants.configuration.CalendarOverrides;
import io.onedoor.tenants.configuration.Category;
import io.onedoor.tenants.configuration.CenterConfiguration;
import io.onedoor.tenants.configuration.Department;
import io.onedoor.tenants.configuration.KpiSelection;
import io.onedoor.tenants.configuration.OrgUnit;
import io.onedoor.tenants.configuration.workbook.Vocabulary.DutyList;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;

/**
 * Reads a workbook's sheets back into a configuration: first its structure (every sheet there,
 * none unknown, the headers as written), then every row, collecting every cell at fault before
 * answering. Child rows (a window, a rota line) attach to their parent by its code or number, in
 * row order.
 */
final class WorkbookReader {

    /** Far above any real center (Hohhot's biggest county has a few thousand rows in all). */
    static final int MAX_ROWS = 50_000;

    private static final Pattern WINDOW_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,10}");
    private static final Pattern DIVISION_CODE = Pattern.compile("[0-9]{6}|[0-9]{9}|[0-9]{12}");
    private static final Pattern PHONE = Pattern.compile("[0-9+() -]{5,30}");
    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?");
    private static final BigDecimal MAX_AMOUNT_YUAN = new BigDecimal("100000000000");
    private static final int CONTACT_LENGTH = 100;
    private static final Department.Duties NO_DUTIES = new Department.Duties(List.of(), List.of(), List.of());
    private static final List<String> DEADLINE_KEYS = List.of(
            "simpleResponseMinutes",
            "simpleClosureWorkingDays",
            "normalResponseMinutes",
            "normalClosureWorkingDays",
            "difficultResponseMinutes",
            "difficultClosureWorkingDays");

    private final Map<SheetLayout, Sheet> sheets;
    private final Findings findings = new Findings();

    private WorkbookReader(Map<SheetLayout, Sheet> sheets) {
        this.sheets = sheets;
    }

    static CenterConfiguration read(Workbook workbook) {
        Map<SheetLayout, Sheet> sheets = structure(workbook);
        int rows = sheets.entrySet().stream()
                .filter(sheet -> sheet.getKey() != README)
                .mapToInt(sheet -> Math.max(0, sheet.getValue().getPhysicalNumberOfRows() - 1))
                .sum();
        if (rows > MAX_ROWS) {
            throw WorkbookProblems.of(
                    WorkbookProblems.WORKBOOK,
                    "the workbook has " + rows + " rows; a configuration has at most " + MAX_ROWS);
        }
        return new WorkbookReader(sheets).configuration();
    }

    // Structure -----------------------------------------------------------------------------------

    private static Map<SheetLayout, Sheet> structure(Workbook workbook) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<SheetLayout, Sheet> sheets = new EnumMap<>(SheetLayout.class);
        String known = String.join(
                ", ",
                Arrays.stream(SheetLayout.values()).map(SheetLayout::title).toList());
        for (Sheet sheet : workbook) {
            String name = sheet.getSheetName();
            SheetLayout layout = SheetLayout.named(name).orElse(null);
            if (layout == null) {
                problems.add(
                        new FieldProblem(name, "unknown sheet; a configuration workbook has only the sheets " + known));
            } else if (sheets.putIfAbsent(layout, sheet) != null) {
                problems.add(new FieldProblem(name, "a second sheet " + layout.title() + "; keep one"));
            }
        }
        for (SheetLayout layout : SheetLayout.values()) {
            Sheet sheet = sheets.get(layout);
            if (sheet == null && !layout.mayBeMissing()) {
                problems.add(new FieldProblem(
                        layout.title(), "the sheet is missing; export the workbook again to get every sheet"));
            } else if (sheet != null) {
                checkHeader(layout, sheet, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new WorkbookProblems(problems);
        }
        return sheets;
    }

    private static void checkHeader(SheetLayout layout, Sheet sheet, List<FieldProblem> problems) {
        List<Column> columns = layout.columns();
        Row header = sheet.getRow(0);
        if (columns.isEmpty()) {
            return;
        }
        String expected = String.join(", ", columns.stream().map(Column::header).toList());
        if (header == null) {
            problems.add(
                    new FieldProblem(layout.title() + "!A1", "the header row is missing; row 1 must read " + expected));
            return;
        }
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.getCell(i);
            String found = cell == null ? "" : RowCells.textOf(cell);
            if (!heads(found, columns.get(i))) {
                problems.add(new FieldProblem(
                        layout.title() + "!" + new CellReference(0, i).formatAsString(false),
                        "expected the header " + columns.get(i).header() + ", found "
                                + (found.isEmpty() ? "an empty cell" : "'" + found + "'")
                                + "; row 1 must read " + expected));
            }
        }
        for (Cell cell : header) {
            if (cell.getColumnIndex() >= columns.size()
                    && !RowCells.textOf(cell).isEmpty()) {
                problems.add(new FieldProblem(
                        layout.title() + "!" + new CellReference(0, cell.getColumnIndex()).formatAsString(false),
                        "unexpected column '" + RowCells.textOf(cell) + "'; the sheet's columns are " + expected));
            }
        }
    }

    /** The written header, or its English key alone (a translated or retyped label still reads). */
    private static boolean heads(String found, Column column) {
        String[] words = found.strip().split("\\s+");
        String key = words[words.length - 1];
        return String.join(" ", words).equals(column.header()) || key.equalsIgnoreCase(column.key());
    }

    private void eachRow(SheetLayout layout, Consumer<RowCells> reader) {
        Sheet sheet = sheets.get(layout);
        if (sheet == null) {
            return; // a sheet that may be missing, and is
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || RowCells.blank(row)) {
                continue;
            }
            RowCells cells = new RowCells(layout, row, findings);
            cells.refuseStrayCells();
            reader.accept(cells);
        }
    }

    // The document -------------------------------------------------------------------------------

    private CenterConfiguration configuration() {
        List<OrgUnit> orgUnits = orgUnits();
        Map<String, AreaDraft> areas = areas();
        Map<String, WindowDraft> windows = windows(areas);
        openingHours(windows);
        rooms(areas);
        Map<String, DepartmentDraft> departments = departments();
        rota(departments);
        duties(departments);
        Map<String, CategoryDraft> categories = categories();
        complexity(categories);
        List<CalendarOverrides.DayOverride> overrides = calendar();
        List<CalendarOverrides.WorkingInterval> workingHours = workingHours();
        CalendarOverrides.Lights lights = lights();
        Map<String, List<KpiSelection.Target>> kpis = kpis();
        findings.throwIfAny();
        return new CenterConfiguration(
                orgUnits,
                areas.values().stream().map(AreaDraft::build).toList(),
                departments.values().stream().map(DepartmentDraft::build).toList(),
                categories.values().stream().map(CategoryDraft::build).toList(),
                new CalendarOverrides(overrides, workingHours.isEmpty() ? null : workingHours, lights),
                kpis.entrySet().stream()
                        .map(kpi -> new KpiSelection(kpi.getKey(), kpi.getValue()))
                        .toList());
    }

    private List<OrgUnit> orgUnits() {
        List<OrgUnit> units = new ArrayList<>();
        eachRow(ORG_UNITS, cells -> {
            String code = cells.code("code");
            String name = cells.name("name");
            OrgUnit.Kind kind = cells.choice("kind", Vocabulary.ORG_UNIT_KINDS);
            String division =
                    cells.matching("divisionCode", DIVISION_CODE, "not a division code: 6, 9 or 12 digits (GB/T 2260)");
            String parent = cells.code("parent");
            OrgUnit.Status status = cells.choice("status", Vocabulary.ORG_UNIT_STATUSES);
            LocalDate retiredOn = cells.date("retiredOn");
            if (atMost(cells, "code", units.size(), 20_000, "org units") && cells.ok()) {
                units.add(new OrgUnit(code, name, kind, division, parent, status, retiredOn));
            }
        });
        return units;
    }

    private Map<String, AreaDraft> areas() {
        Map<String, AreaDraft> areas = new LinkedHashMap<>();
        eachRow(AREAS, cells -> {
            String code = cells.code("code");
            String name = cells.name("name");
            Area.Kind kind = cells.choice("kind", Vocabulary.AREA_KINDS);
            Integer floor = cells.integer("floor", -5, 100);
            if (code == null
                    || !unique(cells, "code", areas, code, "area code")
                    || !atMost(cells, "code", areas.size(), 200, "areas")) {
                return;
            }
            areas.put(
                    code,
                    new AreaDraft(
                            cells.number(),
                            cells.ok() ? new Area(code, name, kind, floor, List.of(), List.of()) : null));
        });
        return areas;
    }

    private Map<String, WindowDraft> windows(Map<String, AreaDraft> areas) {
        Map<String, WindowDraft> windows = new LinkedHashMap<>();
        eachRow(WINDOWS, cells -> {
            AreaDraft area = reference(cells, "area", areas, "area", AREAS);
            String number =
                    cells.matching("number", WINDOW_NUMBER, "not a window number: 1 to 10 letters, digits or '-'");
            String name = cells.name("name");
            Area.Function function = cells.choice("function", Vocabulary.WINDOW_FUNCTIONS);
            List<String> departments = cells.codes("departments", 20);
            Area.Position position = position(cells);
            if (number == null || !unique(cells, "number", windows, number, "window number")) {
                return;
            }
            WindowDraft window = new WindowDraft(
                    cells.number(),
                    cells.ok() ? new Area.Window(number, name, function, departments, List.of(), position) : null);
            windows.put(number, window);
            if (area != null && atMost(cells, "area", area.windows().size(), 200, "windows in one area")) {
                area.windows().add(window);
            }
        });
        return windows;
    }

    private void openingHours(Map<String, WindowDraft> windows) {
        eachRow(OPENING_HOURS, cells -> {
            String number =
                    cells.matching("window", WINDOW_NUMBER, "not a window number: 1 to 10 letters, digits or '-'");
            WindowDraft window = number == null ? null : windows.get(number);
            if (number != null && window == null) {
                cells.problem("window", "window " + number + " does not exist in sheet " + WINDOWS.title());
            }
            List<DayOfWeek> days = cells.days("days");
            LocalTime opens = cells.time("opens");
            LocalTime closes = cells.time("closes");
            if (window != null
                    && atMost(cells, "window", window.hours().size(), 14, "opening hours of one window")
                    && cells.ok()) {
                window.hours().add(new Area.OpeningHours(days, opens, closes));
            }
        });
    }

    private void rooms(Map<String, AreaDraft> areas) {
        eachRow(ROOMS, cells -> {
            AreaDraft area = reference(cells, "area", areas, "area", AREAS);
            String code = cells.code("code");
            String name = cells.name("name");
            Area.RoomKind kind = cells.choice("kind", Vocabulary.ROOM_KINDS);
            Area.Position position = position(cells);
            if (area != null && atMost(cells, "area", area.rooms().size(), 100, "rooms in one area") && cells.ok()) {
                area.rooms().add(new Area.Room(code, name, kind, position));
            }
        });
    }

    private static Area.@Nullable Position position(RowCells cells) {
        Integer row = cells.integer("row", 0, 200);
        Integer column = cells.integer("column", 0, 200);
        if (cells.blank("row") != cells.blank("column")) {
            String missing = cells.blank("row") ? "row" : "column";
            cells.problem(missing, "required when " + (missing.equals("row") ? "column" : "row") + " is given");
        }
        return row == null || column == null ? null : new Area.Position(row, column);
    }

    private Map<String, DepartmentDraft> departments() {
        Map<String, DepartmentDraft> departments = new LinkedHashMap<>();
        eachRow(DEPARTMENTS, cells -> {
            String code = cells.code("code");
            String name = cells.name("name");
            Department.Mode mode = cells.choice("mode", Vocabulary.MODES);
            String host = cells.code("host");
            String contact = cells.text("whistleContact", CONTACT_LENGTH);
            String phone =
                    cells.matching("whistlePhone", PHONE, "not a phone number: 5 to 30 digits, spaces, +, -, ( or )");
            Integer arrival = cells.integer("arrivalMinutes", 1, 1440);
            if (code == null
                    || !unique(cells, "code", departments, code, "department code")
                    || !atMost(cells, "code", departments.size(), 300, "departments")) {
                return;
            }
            boolean summoned =
                    !cells.blank("whistleContact") || !cells.blank("whistlePhone") || !cells.blank("arrivalMinutes");
            Department.Whistle whistle = summoned ? new Department.Whistle(contact, phone, arrival) : null;
            departments.put(
                    code,
                    new DepartmentDraft(
                            cells.number(),
                            cells.ok() ? new Department(code, name, mode, List.of(), whistle, host, NO_DUTIES) : null));
        });
        return departments;
    }

    private void rota(Map<String, DepartmentDraft> departments) {
        eachRow(ROTA, cells -> {
            DepartmentDraft department = reference(cells, "department", departments, "department", DEPARTMENTS);
            List<DayOfWeek> days = cells.days("days");
            Department.Weeks weeks = cells.choice("weeks", Vocabulary.WEEKS);
            LocalDate from = cells.date("from");
            LocalDate until = cells.date("until");
            if (department != null
                    && atMost(cells, "department", department.rota().size(), 50, "rota lines of one department")
                    && cells.ok()) {
                department.rota().add(new Department.RotaEntry(days, weeks, from, until));
            }
        });
    }

    private void duties(Map<String, DepartmentDraft> departments) {
        eachRow(DUTIES, cells -> {
            DepartmentDraft department = reference(cells, "department", departments, "department", DEPARTMENTS);
            DutyList list = cells.choice("list", Vocabulary.DUTY_LISTS);
            String item = cells.name("item");
            if (department != null && list != null) {
                List<String> items = department.duties().get(list);
                if (atMost(cells, "department", items.size(), 100, "items in one duty list") && cells.ok()) {
                    items.add(item);
                }
            }
        });
    }

    private Map<String, CategoryDraft> categories() {
        Map<String, CategoryDraft> categories = new LinkedHashMap<>();
        eachRow(CATEGORIES, cells -> {
            String code = cells.code("code");
            String name = cells.name("name");
            String parent = cells.code("parent");
            Boolean retired = cells.choice("retired", Vocabulary.YES_NO);
            String lead = cells.code("lead");
            List<String> coHandlers = cells.codes("coHandlers", 20);
            if (lead == null && cells.blank("lead") && coHandlers != null && !coHandlers.isEmpty()) {
                cells.problem("lead", "required when co-handlers are given (no lead: the parent's path applies)");
            }
            Category.Deadlines deadlines = deadlines(cells);
            if (code == null
                    || !unique(cells, "code", categories, code, "category code")
                    || !atMost(cells, "code", categories.size(), 2000, "categories")) {
                return;
            }
            Category.StandardPath path = lead == null ? null : new Category.StandardPath(lead, coHandlers);
            categories.put(
                    code,
                    new CategoryDraft(
                            cells.number(),
                            cells.ok() ? new Category(code, name, parent, retired, path, List.of(), deadlines) : null));
        });
        return categories;
    }

    private static Category.@Nullable Deadlines deadlines(RowCells cells) {
        List<@Nullable Integer> values = new ArrayList<>();
        for (String key : DEADLINE_KEYS) {
            values.add(key.endsWith("Minutes") ? cells.integer(key, 1, 10080) : cells.integer(key, 1, 366));
        }
        long given = DEADLINE_KEYS.stream().filter(key -> !cells.blank(key)).count();
        if (given == 0) {
            return null;
        }
        if (given < DEADLINE_KEYS.size()) {
            DEADLINE_KEYS.stream()
                    .filter(cells::blank)
                    .forEach(key -> cells.problem(
                            key, "required: fill all six deadline cells, or none to follow the parent's deadlines"));
            return null;
        }
        if (values.contains(null)) {
            return null;
        }
        return new Category.Deadlines(
                new Category.Deadline(values.get(0), values.get(1)),
                new Category.Deadline(values.get(2), values.get(3)),
                new Category.Deadline(values.get(4), values.get(5)));
    }

    private void complexity(Map<String, CategoryDraft> categories) {
        eachRow(COMPLEXITY, cells -> {
            CategoryDraft category = reference(cells, "category", categories, "category", CATEGORIES);
            Category.ComplexityClass level = cells.choice("class", Vocabulary.CLASSES);
            BigDecimal amount = cells.decimal("minAmountYuan", BigDecimal.ZERO, MAX_AMOUNT_YUAN);
            Integer parties = cells.integer("minParties", 1, 100_000);
            if (category != null
                    && atMost(cells, "category", category.rules().size(), 10, "complexity rules of one category")
                    && cells.ok()) {
                category.rules().add(new Category.ComplexityRule(level, amount, parties));
            }
        });
    }

    private List<CalendarOverrides.DayOverride> calendar() {
        List<CalendarOverrides.DayOverride> overrides = new ArrayList<>();
        eachRow(CALENDAR, cells -> {
            LocalDate date = cells.date("date");
            Boolean working = cells.choice("working", Vocabulary.YES_NO);
            String reason = cells.name("reason");
            if (atMost(cells, "date", overrides.size(), 400, "calendar days") && cells.ok()) {
                overrides.add(new CalendarOverrides.DayOverride(date, Boolean.TRUE.equals(working), reason));
            }
        });
        return overrides;
    }

    private List<CalendarOverrides.WorkingInterval> workingHours() {
        List<CalendarOverrides.WorkingInterval> hours = new ArrayList<>();
        eachRow(WORKING_HOURS, cells -> {
            LocalTime start = cells.time("start");
            LocalTime end = cells.time("end");
            if (atMost(cells, "start", hours.size(), 12, "working-hour intervals") && cells.ok()) {
                hours.add(new CalendarOverrides.WorkingInterval(start, end));
            }
        });
        return hours;
    }

    /** The center's light policy, from the sheet's one row; null (the defaults) without a row. */
    private CalendarOverrides.@Nullable Lights lights() {
        List<CalendarOverrides.Lights> rows = new ArrayList<>();
        int[] seen = {0};
        eachRow(LIGHTS, cells -> {
            Integer yellowAtPercent = cells.integer("yellowAtPercent", 1, 99);
            Integer yellowWithinMinutes = cells.integer("yellowWithinMinutes", 0, 10080);
            Integer superviseUnsigned = cells.integer("superviseUnsignedAfterMinutes", 0, 10080);
            Integer supervisionWorkingDays = cells.integer("supervisionWorkingDays", 1, 60);
            if (atMost(cells, "yellowAtPercent", seen[0]++, 1, "row of lights") && cells.ok()) {
                rows.add(new CalendarOverrides.Lights(
                        yellowAtPercent, yellowWithinMinutes, superviseUnsigned, supervisionWorkingDays));
            }
        });
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private Map<String, List<KpiSelection.Target>> kpis() {
        Map<String, List<KpiSelection.Target>> kpis = new LinkedHashMap<>();
        eachRow(KPIS, cells -> {
            String metric = cells.code("metric");
            String period = cells.matching(
                    "period", PERIOD, "not a period: a year (2026), a quarter (2026-Q4) or a month (2026-11)");
            BigDecimal target = cells.decimal("target", null, null);
            BigDecimal warning = cells.decimal("warning", null, null);
            List<String> targetKeys = List.of("period", "target", "warning");
            boolean targeted = targetKeys.stream().anyMatch(key -> !cells.blank(key));
            if (targeted) {
                targetKeys.stream()
                        .filter(cells::blank)
                        .forEach(key -> cells.problem(key, "required: period, target and warning go together"));
            }
            if (metric == null || (!kpis.containsKey(metric) && !atMost(cells, "metric", kpis.size(), 100, "KPIs"))) {
                return;
            }
            List<KpiSelection.Target> targets = kpis.computeIfAbsent(metric, m -> new ArrayList<>());
            if (targeted && atMost(cells, "metric", targets.size(), 50, "targets of one KPI") && cells.ok()) {
                targets.add(new KpiSelection.Target(period, target, warning));
            }
        });
        return kpis;
    }

    // Shared checks -------------------------------------------------------------------------------

    /** The row another sheet's code or number names, or null (reported) when there is none. */
    private static <T> @Nullable T reference(
            RowCells cells, String key, Map<String, T> targets, String what, SheetLayout sheet) {
        String code = cells.code(key);
        if (code == null) {
            return null;
        }
        T target = targets.get(code);
        if (target == null) {
            cells.problem(key, what + " " + code + " does not exist in sheet " + sheet.title());
        }
        return target;
    }

    private static boolean unique(
            RowCells cells, String key, Map<String, ? extends Draft> seen, String code, String what) {
        Draft first = seen.get(code);
        if (first != null) {
            cells.problem(key, what + " " + code + " is already used in row " + first.row());
            return false;
        }
        return true;
    }

    private static boolean atMost(RowCells cells, String key, int already, int max, String what) {
        if (already >= max) {
            cells.problem(key, "at most " + max + " " + what + "; this row is one too many");
            return false;
        }
        return true;
    }

    // Drafts: a parent row and the child rows attached to it, built once every row is read ---------

    private interface Draft {
        int row();
    }

    private record AreaDraft(int row, @Nullable Area head, List<WindowDraft> windows, List<Area.Room> rooms)
            implements Draft {
        AreaDraft(int row, @Nullable Area head) {
            this(row, head, new ArrayList<>(), new ArrayList<>());
        }

        Area build() {
            Area area = Objects.requireNonNull(head);
            return new Area(
                    area.code(),
                    area.name(),
                    area.kind(),
                    area.floor(),
                    windows.stream().map(WindowDraft::build).toList(),
                    rooms);
        }
    }

    private record WindowDraft(int row, Area.@Nullable Window head, List<Area.OpeningHours> hours) implements Draft {
        WindowDraft(int row, Area.@Nullable Window head) {
            this(row, head, new ArrayList<>());
        }

        Area.Window build() {
            Area.Window window = Objects.requireNonNull(head);
            return new Area.Window(
                    window.number(), window.name(), window.function(), window.departments(), hours, window.position());
        }
    }

    private record DepartmentDraft(
            int row, @Nullable Department head, List<Department.RotaEntry> rota, Map<DutyList, List<String>> duties)
            implements Draft {
        DepartmentDraft(int row, @Nullable Department head) {
            this(row, head, new ArrayList<>(), new EnumMap<>(DutyList.class));
            for (DutyList list : DutyList.values()) {
                duties.put(list, new ArrayList<>());
            }
        }

        Department build() {
            Department department = Objects.requireNonNull(head);
            return new Department(
                    department.code(),
                    department.name(),
                    department.mode(),
                    rota,
                    department.whistle(),
                    department.host(),
                    new Department.Duties(
                            duties.get(DutyList.ACCEPTS),
                            duties.get(DutyList.JOINT),
                            duties.get(DutyList.SUPERVISION_TRIGGERS)));
        }
    }

    private record CategoryDraft(int row, @Nullable Category head, List<Category.ComplexityRule> rules)
            implements Draft {
        CategoryDraft(int row, @Nullable Category head) {
            this(row, head, new ArrayList<>());
        }

        Category build() {
            Category category = Objects.requireNonNull(head);
            return new Category(
                    category.code(),
                    category.name(),
                    category.parent(),
                    category.retired(),
                    category.path(),
                    rules,
                    category.deadlines());
        }
    }
}
