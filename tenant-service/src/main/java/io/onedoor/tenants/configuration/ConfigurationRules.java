package io.onedoor.tenants.configuration;

import io.onedoor.support.calendar.WorkingHours;
import io.onedoor.support.web.Problems.FieldProblem;
import io.onedoor.tenants.configuration.Area.Position;
import io.onedoor.tenants.configuration.Category.ComplexityClass;
import io.onedoor.tenants.configuration.Category.ComplexityRule;
import io.onedoor.tenants.configuration.Category.Deadlines;
import io.onedoor.tenants.configuration.Department.Mode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Everything that must hold for a configuration to be saved: nothing that would break dispatch
 * (a window or category naming a department that is not here, an on-call department nobody can
 * summon), lose history (a deleted org unit, a department or category open matters still name),
 * or make no sense (overlapping rota entries, a KPI target its metric cannot reach). Every broken
 * rule is reported, each naming the items at fault, so an admin fixes them all in one pass.
 */
public final class ConfigurationRules {

    private final Catalogs catalogs;

    public ConfigurationRules(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    /**
     * @param next the configuration to save
     * @param previous the current one ({@link CenterConfiguration#EMPTY} for a new center)
     * @param centerCode the tenant's division code, which codes the center's own org unit
     * @param openMatters the open matters naming departments or categories {@code next} removes
     */
    public List<FieldProblem> check(
            CenterConfiguration next, CenterConfiguration previous, String centerCode, OpenMatters openMatters) {
        Findings findings = new Findings();
        checkOrgUnits(next, previous, centerCode, findings);
        Map<String, Department> departments = checkDepartments(next, findings);
        checkRemovedDepartments(next, previous, openMatters, findings);
        checkAreas(next, departments, findings);
        checkCategories(next, previous, departments, openMatters, findings);
        checkCalendar(next, findings);
        checkKpis(next, findings);
        return findings.list;
    }

    /** Departments in {@code previous} that {@code next} no longer stations. */
    public static Set<String> removedDepartments(CenterConfiguration previous, CenterConfiguration next) {
        return removed(previous.departments(), next.departments(), Department::code);
    }

    /** Categories in {@code previous} that {@code next} no longer has. */
    public static Set<String> removedCategories(CenterConfiguration previous, CenterConfiguration next) {
        return removed(previous.categories(), next.categories(), Category::code);
    }

    /** Open matters per department and per category code, as case-service counts them. */
    public record OpenMatters(Map<String, Reference> departments, Map<String, Reference> categories) {

        public static final OpenMatters NONE = new OpenMatters(Map.of(), Map.of());

        public OpenMatters {
            departments = Map.copyOf(departments);
            categories = Map.copyOf(categories);
        }

        public record Reference(long count, List<String> examples) {
            public Reference {
                examples = List.copyOf(examples);
            }

            String describe() {
                return count + " open matter" + (count == 1 ? "" : "s") + " name" + (count == 1 ? "s" : "") + " it"
                        + (examples.isEmpty() ? "" : " (" + String.join(", ", examples) + ")");
            }
        }
    }

    // Org tree ------------------------------------------------------------------------------

    private static void checkOrgUnits(
            CenterConfiguration next, CenterConfiguration previous, String centerCode, Findings findings) {
        List<OrgUnit> units = next.orgUnits();
        Map<String, OrgUnit> byCode = unique(units, OrgUnit::code, "orgUnits", "code", "org unit", findings);
        List<Integer> centers = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            OrgUnit unit = units.get(i);
            String at = "orgUnits[" + i + "]";
            if (unit.kind() == OrgUnit.Kind.CENTER) {
                centers.add(i);
                if (!unit.code().equals(centerCode)) {
                    findings.add(
                            at + ".code",
                            "the center's own unit is coded with its division code " + centerCode + ", not '"
                                    + unit.code() + "'");
                }
                if (unit.parent() != null) {
                    findings.add(at + ".parent", "the center's own unit '" + unit.code() + "' has no parent");
                }
                if (!unit.active()) {
                    findings.add(at + ".status", "the center's own unit '" + unit.code() + "' cannot be retired");
                }
            } else if (unit.parent() == null) {
                findings.add(at + ".parent", "org unit '" + unit.code() + "' needs a parent");
            } else {
                OrgUnit parent = byCode.get(unit.parent());
                if (parent == null) {
                    findings.add(
                            at + ".parent",
                            "org unit '" + unit.code() + "' names parent '" + unit.parent()
                                    + "', which is not in the tree");
                } else {
                    checkPlaceInTree(unit, parent, at, findings);
                }
            }
            if (unit.active() && unit.retiredOn() != null) {
                findings.add(
                        at + ".retiredOn", "org unit '" + unit.code() + "' is ACTIVE, so it has no retirement date");
            }
            if (!unit.active() && unit.retiredOn() == null) {
                findings.add(at + ".retiredOn", "retired org unit '" + unit.code() + "' needs the date it retired");
            }
        }
        if (centers.isEmpty()) {
            findings.add("orgUnits", "the center's own unit (kind CENTER, code " + centerCode + ") is missing");
        }
        for (int extra : centers.subList(Math.min(1, centers.size()), centers.size())) {
            findings.add(
                    "orgUnits[" + extra + "].kind",
                    "a center has one CENTER unit; '" + units.get(extra).code() + "' would be a second");
        }
        for (int i = 0; i < units.size(); i++) {
            if (leadsToCycle(units.get(i), byCode)) {
                findings.add(
                        "orgUnits[" + i + "].parent",
                        "org unit '" + units.get(i).code() + "' would be its own ancestor");
            }
        }
        List<String> deleted = previous.orgUnits().stream()
                .filter(unit -> !byCode.containsKey(unit.code()))
                .map(unit -> "'" + unit.code() + "' (" + unit.name() + ")")
                .toList();
        if (!deleted.isEmpty()) {
            findings.add(
                    "orgUnits",
                    "org units are retired, never deleted, so that matters and accounts naming them"
                            + " keep their meaning; missing: " + String.join(", ", deleted));
        }
    }

    private static void checkPlaceInTree(OrgUnit unit, OrgUnit parent, String at, Findings findings) {
        if (depth(unit.kind()) <= depth(parent.kind())) {
            findings.add(
                    at + ".kind",
                    "a " + unit.kind() + " cannot sit under a " + parent.kind() + " ('" + unit.code() + "' under '"
                            + parent.code() + "')");
        }
        if (unit.active() && !parent.active()) {
            findings.add(
                    at + ".status",
                    "active org unit '" + unit.code() + "' sits under retired '" + parent.code()
                            + "'; move or retire it too");
        }
        String division = unit.divisionCode();
        String parentDivision = parent.divisionCode();
        if (division != null
                && parentDivision != null
                && (division.length() <= parentDivision.length() || !division.startsWith(parentDivision))) {
            findings.add(
                    at + ".divisionCode",
                    "division code " + division + " of '" + unit.code() + "' does not extend its parent's "
                            + parentDivision);
        }
    }

    private static int depth(OrgUnit.Kind kind) {
        return switch (kind) {
            case CENTER -> 0;
            case TOWNSHIP -> 1;
            case VILLAGE, COMMUNITY -> 2;
            case GRID -> 3;
        };
    }

    private static boolean leadsToCycle(OrgUnit start, Map<String, OrgUnit> byCode) {
        Set<String> seen = new HashSet<>();
        OrgUnit unit = start;
        while (unit != null && unit.parent() != null) {
            if (!seen.add(unit.code())) {
                return true;
            }
            unit = byCode.get(unit.parent());
        }
        return false;
    }

    // Departments ---------------------------------------------------------------------------

    private Map<String, Department> checkDepartments(CenterConfiguration next, Findings findings) {
        List<Department> departments = next.departments();
        Map<String, Department> byCode =
                unique(departments, Department::code, "departments", "code", "department", findings);
        for (int i = 0; i < departments.size(); i++) {
            Department department = departments.get(i);
            String at = "departments[" + i + "]";
            String code = department.code();
            if ((department.name() == null || department.name().isBlank())
                    && catalogs.department(code).isEmpty()) {
                findings.add(at + ".name", "'" + code + "' is not a catalog department, so it needs a name");
            }
            if (department.mode() == Mode.ROTATING && department.rota().isEmpty()) {
                findings.add(at + ".rota", "rotating department '" + code + "' needs a rota saying when it is here");
            }
            if (department.mode() != Mode.ROTATING && !department.rota().isEmpty()) {
                findings.add(
                        at + ".rota", "only a ROTATING department has a rota; '" + code + "' is " + department.mode());
            }
            checkRota(department, at, findings);
            if (department.mode() == Mode.ON_CALL
                    && department.host() == null
                    && (department.whistle() == null || !department.whistle().reachable())) {
                findings.add(
                        at,
                        "on-call department '" + code
                                + "' has neither a host nor a whistle contact: nobody could summon it");
            }
            String host = department.host();
            if (host != null) {
                Department hosting = byCode.get(host);
                if (department.mode() != Mode.ON_CALL) {
                    findings.add(
                            at + ".host",
                            "only an ON_CALL department is hosted; '" + code + "' is " + department.mode());
                } else if (host.equals(code)) {
                    findings.add(at + ".host", "'" + code + "' cannot host itself");
                } else if (hosting == null) {
                    findings.add(
                            at + ".host", "'" + code + "' is hosted by '" + host + "', which is not stationed here");
                } else if (!hosting.resident()) {
                    findings.add(
                            at + ".host",
                            "'" + code + "' is hosted by '" + host + "', which is " + hosting.mode()
                                    + ", not RESIDENT: a host must be at the center every working day");
                }
            }
        }
        return byCode;
    }

    private static void checkRota(Department department, String at, Findings findings) {
        List<Department.RotaEntry> rota = department.rota();
        for (int k = 0; k < rota.size(); k++) {
            Department.RotaEntry entry = rota.get(k);
            if (entry.from() != null && entry.until() != null && entry.until().isBefore(entry.from())) {
                findings.add(
                        at + ".rota[" + k + "].until",
                        "rota entry " + k + " of '" + department.code() + "' ends before it starts");
            }
            for (int j = 0; j < k; j++) {
                if (entry.overlaps(rota.get(j))) {
                    findings.add(
                            at + ".rota[" + k + "]",
                            "rota entry " + k + " of '" + department.code() + "' overlaps rota entry " + j
                                    + " (same weekday in the same weeks and dates)");
                }
            }
        }
    }

    private static void checkRemovedDepartments(
            CenterConfiguration next, CenterConfiguration previous, OpenMatters openMatters, Findings findings) {
        for (String code : removedDepartments(previous, next)) {
            List<String> references = new ArrayList<>();
            for (Area area : next.areas()) {
                for (Area.Window window : area.windows()) {
                    if (window.departments().contains(code)) {
                        references.add("window " + window.number());
                    }
                }
            }
            for (Category category : next.categories()) {
                Category.StandardPath path = category.path();
                if (path != null && path.lead().equals(code)) {
                    references.add("category " + category.code() + " (lead)");
                } else if (path != null && path.coHandlers().contains(code)) {
                    references.add("category " + category.code() + " (co-handler)");
                }
            }
            for (Department department : next.departments()) {
                if (code.equals(department.host())) {
                    references.add("department " + department.code() + " (host)");
                }
            }
            OpenMatters.Reference open = openMatters.departments().get(code);
            if (open != null && open.count() > 0) {
                references.add(open.describe());
            }
            if (!references.isEmpty()) {
                findings.add(
                        "departments",
                        "department '" + code + "' cannot be removed while referenced: "
                                + String.join("; ", references));
            }
        }
    }

    // Areas and windows ---------------------------------------------------------------------

    private static void checkAreas(CenterConfiguration next, Map<String, Department> departments, Findings findings) {
        unique(next.areas(), Area::code, "areas", "code", "area", findings);
        Map<String, String> windowNumbers = new HashMap<>();
        Map<String, String> roomCodes = new HashMap<>();
        for (int i = 0; i < next.areas().size(); i++) {
            Area area = next.areas().get(i);
            String areaAt = "areas[" + i + "]";
            Map<Position, String> cells = new HashMap<>();
            for (int j = 0; j < area.windows().size(); j++) {
                Area.Window window = area.windows().get(j);
                String at = areaAt + ".windows[" + j + "]";
                String first = windowNumbers.putIfAbsent(window.number(), at);
                if (first != null) {
                    findings.add(
                            at + ".number", "window number " + window.number() + " is used twice (also " + first + ")");
                }
                for (int k = 0; k < window.departments().size(); k++) {
                    String code = window.departments().get(k);
                    Department department = departments.get(code);
                    if (department == null) {
                        findings.add(
                                at + ".departments[" + k + "]",
                                "window " + window.number() + " (" + window.name() + ") is staffed by '" + code
                                        + "', which is not stationed here");
                    } else if (department.mode() == Mode.ON_CALL) {
                        findings.add(
                                at + ".departments[" + k + "]",
                                "window " + window.number() + " is staffed by '" + code
                                        + "', which is ON_CALL and not at the center; its host's window takes its matters");
                    }
                }
                for (int k = 0; k < window.openingHours().size(); k++) {
                    Area.OpeningHours hours = window.openingHours().get(k);
                    if (!hours.opens().isBefore(hours.closes())) {
                        findings.add(
                                at + ".openingHours[" + k + "].closes",
                                "window " + window.number() + " closes at " + hours.closes()
                                        + ", not after it opens at " + hours.opens());
                    }
                }
                occupy(cells, window.position(), "window " + window.number(), at + ".position", findings);
            }
            for (int j = 0; j < area.rooms().size(); j++) {
                Area.Room room = area.rooms().get(j);
                String at = areaAt + ".rooms[" + j + "]";
                String first = roomCodes.putIfAbsent(room.code(), at);
                if (first != null) {
                    findings.add(at + ".code", "room '" + room.code() + "' is listed twice (also " + first + ")");
                }
                occupy(cells, room.position(), "room " + room.code(), at + ".position", findings);
            }
        }
    }

    private static void occupy(
            Map<Position, String> cells, @Nullable Position position, String what, String at, Findings findings) {
        if (position == null) {
            return;
        }
        String other = cells.putIfAbsent(position, what);
        if (other != null) {
            findings.add(
                    at,
                    what + " and " + other + " are both placed at row " + position.row() + ", column "
                            + position.column());
        }
    }

    // Categories ------------------------------------------------------------------------------

    private static void checkCategories(
            CenterConfiguration next,
            CenterConfiguration previous,
            Map<String, Department> departments,
            OpenMatters openMatters,
            Findings findings) {
        List<Category> categories = next.categories();
        Map<String, Category> byCode = unique(categories, Category::code, "categories", "code", "category", findings);
        CategoryTree tree = next.categoryTree();
        for (int i = 0; i < categories.size(); i++) {
            Category category = categories.get(i);
            String at = "categories[" + i + "]";
            String code = category.code();
            if (category.parent() != null && !byCode.containsKey(category.parent())) {
                findings.add(
                        at + ".parent",
                        "category '" + code + "' names parent '" + category.parent()
                                + "', which is not a category here");
            }
            Category.StandardPath path = category.path();
            if (path != null) {
                checkDepartmentNamed(
                        departments, path.lead(), at + ".path.lead", "category '" + code + "' is led by", findings);
                Set<String> seen = new HashSet<>();
                for (int k = 0; k < path.coHandlers().size(); k++) {
                    String coHandler = path.coHandlers().get(k);
                    String field = at + ".path.coHandlers[" + k + "]";
                    checkDepartmentNamed(
                            departments, coHandler, field, "category '" + code + "' is co-handled by", findings);
                    if (coHandler.equals(path.lead())) {
                        findings.add(field, "'" + coHandler + "' leads category '" + code + "' already");
                    } else if (!seen.add(coHandler)) {
                        findings.add(field, "'" + coHandler + "' is listed twice for category '" + code + "'");
                    }
                }
            }
            for (int k = 0; k < category.complexity().size(); k++) {
                ComplexityRule rule = category.complexity().get(k);
                if (rule.minAmountYuan() == null && rule.minParties() == null) {
                    findings.add(
                            at + ".complexity[" + k + "]",
                            "complexity rule " + k + " of '" + code + "' needs an amount or a number of parties");
                }
            }
            Deadlines deadlines = category.deadlines();
            if (deadlines != null) {
                checkDeadlineOrder(deadlines, at + ".deadlines", code, findings);
            }
            boolean cyclic = tree.lineage(category).isEmpty();
            if (cyclic) {
                findings.add(at + ".parent", "category '" + code + "' would be its own ancestor");
            } else if (!category.retired()) {
                if (tree.pathOf(category).isEmpty()) {
                    findings.add(
                            at + ".path",
                            "category '" + code
                                    + "' has no standard path, nor has any parent: dispatch would not know who leads");
                }
                if (tree.deadlinesOf(category).isEmpty()) {
                    findings.add(
                            at + ".deadlines",
                            "category '" + code
                                    + "' has no deadlines, nor has any parent: its matters would have no closure date");
                }
            }
        }
        for (String code : removedCategories(previous, next)) {
            OpenMatters.Reference open = openMatters.categories().get(code);
            if (open != null && open.count() > 0) {
                findings.add(
                        "categories",
                        "category '" + code + "' cannot be removed: " + open.describe() + "; retire it instead");
            }
        }
    }

    private static void checkDepartmentNamed(
            Map<String, Department> departments, String code, String field, String what, Findings findings) {
        if (!departments.containsKey(code)) {
            findings.add(field, what + " '" + code + "', which is not stationed here");
        }
    }

    private static void checkDeadlineOrder(Deadlines deadlines, String at, String code, Findings findings) {
        ComplexityClass[] classes = ComplexityClass.values();
        for (int k = 1; k < classes.length; k++) {
            if (deadlines.of(classes[k]).closureWorkingDays()
                    < deadlines.of(classes[k - 1]).closureWorkingDays()) {
                findings.add(
                        at + "." + classes[k].name().toLowerCase(java.util.Locale.ROOT) + ".closureWorkingDays",
                        "in category '" + code + "' a " + classes[k] + " matter would be due sooner than a "
                                + classes[k - 1] + " one");
            }
        }
    }

    // Calendar and KPIs ---------------------------------------------------------------------

    private static void checkCalendar(CenterConfiguration next, Findings findings) {
        Map<java.time.LocalDate, Integer> seen = new HashMap<>();
        List<CalendarOverrides.DayOverride> overrides = next.calendar().overrides();
        for (int i = 0; i < overrides.size(); i++) {
            Integer first = seen.putIfAbsent(overrides.get(i).date(), i);
            if (first != null) {
                findings.add(
                        "calendar.overrides[" + i + "].date",
                        overrides.get(i).date() + " is overridden twice (also calendar.overrides[" + first + "])");
            }
        }
        List<CalendarOverrides.WorkingInterval> hours = next.calendar().workingHours();
        if (hours != null) {
            WorkingHours.check(CalendarOverrides.intervals(hours))
                    .forEach(finding -> findings.add("calendar.workingHours" + finding.field(), finding.message()));
        }
        CalendarOverrides.Lights lights = next.calendar().lights();
        if (lights != null) {
            inRange(lights.yellowAtPercent(), 1, 99, "calendar.lights.yellowAtPercent", findings);
            inRange(lights.yellowWithinMinutes(), 0, 10080, "calendar.lights.yellowWithinMinutes", findings);
            inRange(
                    lights.superviseUnsignedAfterMinutes(),
                    0,
                    10080,
                    "calendar.lights.superviseUnsignedAfterMinutes",
                    findings);
            inRange(lights.supervisionWorkingDays(), 1, 60, "calendar.lights.supervisionWorkingDays", findings);
        }
    }

    /**
     * A light setting outside its range: the API's schema refuses it too (400), but a workbook
     * is read without the schema, so the rules hold it whichever way the document came.
     */
    private static void inRange(@Nullable Integer value, int min, int max, String field, Findings findings) {
        if (value != null && (value < min || value > max)) {
            findings.add(field, value + " is not between " + min + " and " + max);
        }
    }

    private void checkKpis(CenterConfiguration next, Findings findings) {
        unique(next.kpis(), KpiSelection::metric, "kpis", "metric", "KPI", findings);
        for (int i = 0; i < next.kpis().size(); i++) {
            KpiSelection kpi = next.kpis().get(i);
            String at = "kpis[" + i + "]";
            Optional<Catalogs.Metric> found = catalogs.metric(kpi.metric());
            if (found.isEmpty()) {
                findings.add(at + ".metric", "'" + kpi.metric() + "' is not a KPI of the platform's catalog");
                continue;
            }
            Catalogs.Metric metric = found.get();
            Set<String> periods = new HashSet<>();
            for (int k = 0; k < kpi.targets().size(); k++) {
                KpiSelection.Target target = kpi.targets().get(k);
                String targetAt = at + ".targets[" + k + "]";
                if (!periods.add(target.period())) {
                    findings.add(targetAt + ".period", kpi.metric() + " has two targets for " + target.period());
                }
                checkInRange(metric, target.target(), targetAt + ".target", findings);
                checkInRange(metric, target.warning(), targetAt + ".warning", findings);
                if (!metric.warnsBefore(target.warning(), target.target())) {
                    findings.add(
                            targetAt + ".warning",
                            kpi.metric() + " " + target.period() + ": the warning "
                                    + target.warning().toPlainString() + " is not on the "
                                    + (metric.better() == Catalogs.Better.HIGHER ? "low" : "high")
                                    + " side of the target "
                                    + target.target().toPlainString());
                }
            }
        }
    }

    private static void checkInRange(Catalogs.Metric metric, BigDecimal value, String field, Findings findings) {
        if (!metric.inRange(value)) {
            findings.add(
                    field,
                    metric.code() + " takes values from " + metric.min().toPlainString() + " to "
                            + metric.max().toPlainString() + ", not " + value.toPlainString());
        }
    }

    // Shared ----------------------------------------------------------------------------------

    private static <T> Map<String, T> unique(
            List<T> items, Function<T, String> code, String list, String property, String what, Findings findings) {
        Map<String, T> byCode = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (byCode.putIfAbsent(code.apply(item), item) != null) {
                findings.add(list + "[" + i + "]." + property, what + " '" + code.apply(item) + "' is listed twice");
            }
        }
        return byCode;
    }

    private static <T> Set<String> removed(List<T> before, List<T> after, Function<T, String> code) {
        Set<String> remaining = after.stream().map(code).collect(Collectors.toSet());
        Set<String> removed = new LinkedHashSet<>();
        before.stream().map(code).filter(c -> !remaining.contains(c)).forEach(removed::add);
        return removed;
    }

    private static final class Findings {
        private final List<FieldProblem> list = new ArrayList<>();

        void add(String field, String message) {
            list.add(new FieldProblem(field, message));
        }
    }
}
