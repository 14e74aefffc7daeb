package io.onedoor.cases;

import io.onedoor.support.tenancy.TenantCode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Configuration snapshots of a center, in the JSON tenant-service writes to Redis
 * (internal.yaml's {@code ConfigurationSnapshot}), built small and changed per test.
 *
 * <p>The default center is an Altay-style county: its own division code as the root org unit,
 * resident and rotating departments, a few categories with standard paths (labor wage arrears led
 * by human resources, classed DIFFICULT from 1,000,000 yuan or 10 parties, 30 minutes to respond
 * and 5 working days to close when NORMAL), one category without deadlines, one retired, and
 * China's official 2025 and 2026 calendars, on the default working hours (which tenant-service
 * leaves out of the snapshot only before they could be set).
 */
public final class CenterSnapshots {

    private CenterSnapshots() {}

    /** The default center of the tenant, rooted at its division code. */
    public static Snapshot center(TenantCode tenant, String divisionCode) {
        return new Snapshot(tenant, divisionCode);
    }

    /** A snapshot under construction; every method changes it and returns it. */
    public static final class Snapshot {

        private final TenantCode tenant;
        private final String root;
        private long version = 1;
        private final Map<String, Boolean> orgUnits = new LinkedHashMap<>();
        private final Map<String, String> parents = new LinkedHashMap<>();
        private final Map<String, Map<String, Object>> categories = new LinkedHashMap<>();
        private final Map<Integer, Map<String, Object>> calendar = new LinkedHashMap<>();
        private final Map<String, List<Map<String, Object>>> rotas = new LinkedHashMap<>();
        private List<Map<String, String>> workingHours = null;
        private Map<String, Object> lights = null;

        Snapshot(TenantCode tenant, String divisionCode) {
            this.tenant = tenant;
            this.root = divisionCode;
            orgUnits.put(divisionCode, true);
            category("labor", "劳动争议", true, "hrss", List.of("labor-inspection"), List.of(), deadlines(5));
            category(
                    "labor.wage-arrears",
                    "拖欠工资",
                    true,
                    "hrss",
                    List.of("labor-inspection", "court"),
                    List.of(Map.of("class", "DIFFICULT", "minAmountYuan", 1_000_000, "minParties", 10)),
                    deadlines(5));
            category(
                    "traffic.accident",
                    "交通事故",
                    true,
                    "police",
                    List.of("court", "insurance"),
                    List.of(
                            Map.of("class", "DIFFICULT", "minAmountYuan", 500_000),
                            Map.of("class", "SIMPLE", "minParties", 1)),
                    deadlines(3));
            category("family.neighbours", "邻里纠纷", true, null, List.of(), List.of(), null);
            category("land.contracting", "土地承包", false, "agriculture", List.of(), List.of(), deadlines(10));
            calendarYear(
                    2025,
                    holidays2025(),
                    List.of("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"));
            calendarYear(
                    2026,
                    holidays2026(),
                    List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"));
        }

        public TenantCode tenant() {
            return tenant;
        }

        /** A later version of the configuration (its ETag changes with it). */
        public Snapshot version(long version) {
            this.version = version;
            return this;
        }

        /** An active org unit below the root (or below the longest listed code that prefixes it). */
        public Snapshot orgUnit(String code) {
            orgUnits.put(code, true);
            return this;
        }

        /** Active org units, each as {@link #orgUnit(String)} places it. */
        public Snapshot orgUnits(String... codes) {
            for (String code : codes) {
                orgUnit(code);
            }
            return this;
        }

        public Snapshot retiredOrgUnit(String code) {
            orgUnits.put(code, false);
            return this;
        }

        /** An active org unit under the given parent, whatever the codes look like. */
        public Snapshot orgUnit(String code, String parent) {
            orgUnits.put(code, true);
            parents.put(code, parent);
            return this;
        }

        /** Moves a listed org unit, and the units below it, under another parent: its code stays. */
        public Snapshot move(String code, String parent) {
            if (!orgUnits.containsKey(code)) {
                throw new IllegalArgumentException("no org unit " + code + " to move");
            }
            parents.put(code, parent);
            return this;
        }

        /** An active category with a standard path led by {@code lead}, NORMAL closure in 5 working days. */
        public Snapshot category(String code, String lead) {
            category(code, code, true, lead, List.of(), List.of(), deadlines(5));
            return this;
        }

        public Snapshot retireCategory(String code) {
            categories.get(code).put("active", false);
            return this;
        }

        /** A line of a ROTATING department's rota: at the center on these weekdays, every week. */
        public Snapshot rota(String department, String... days) {
            rotas.computeIfAbsent(department, code -> new ArrayList<>())
                    .add(Map.of("days", List.of(days), "weeks", "EVERY"));
            return this;
        }

        /** The center's working hours, as start and end pairs ({@code "09:00", "12:00", ...}). */
        public Snapshot workingHours(String... startsAndEnds) {
            List<Map<String, String>> intervals = new ArrayList<>();
            for (int i = 0; i + 1 < startsAndEnds.length; i += 2) {
                intervals.add(Map.of("start", startsAndEnds[i], "end", startsAndEnds[i + 1]));
            }
            workingHours = intervals;
            return this;
        }

        /**
         * The center's light policy ({@code calendar.lights}): yellow at this share of a clock's
         * time or with these minutes left; supervision as by default.
         */
        public Snapshot lights(int yellowAtPercent, int yellowWithinMinutes) {
            lights = Map.of(
                    "yellowAtPercent",
                    yellowAtPercent,
                    "yellowWithinMinutes",
                    yellowWithinMinutes,
                    "superviseUnsignedAfterMinutes",
                    60,
                    "supervisionWorkingDays",
                    3);
            return this;
        }

        public Snapshot withoutCalendarYear(int year) {
            calendar.remove(year);
            return this;
        }

        /** The snapshot as tenant-service publishes it. */
        public Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("tenant", tenant.value());
            json.put("version", version);
            json.put("etag", etag());
            json.put("orgUnits", orgUnitsWithPaths());
            json.put(
                    "departments",
                    Stream.of(
                                    department("hrss", "人力资源和社会保障局", "RESIDENT"),
                                    department("court", "人民法院", "RESIDENT"),
                                    department("police", "公安局", "RESIDENT"),
                                    department("justice", "司法局", "RESIDENT"),
                                    department("housing", "住房和城乡建设局", "RESIDENT"),
                                    department("agriculture", "农业农村局", "ROTATING"),
                                    department("labor-inspection", "劳动保障监察大队", "ROTATING"),
                                    onCall("insurance", "保险行业调解委员会", "housing"))
                            .map(this::withRota)
                            .toList());
            json.put("categories", List.copyOf(categories.values()));
            json.put("calendar", List.copyOf(calendar.values()));
            json.put(
                    "rooms",
                    List.of(
                            Map.of("code", "family-neighbors", "name", "家事邻里调解室"),
                            Map.of("code", "economic", "name", "经济纠纷调解室")));
            if (workingHours != null) {
                json.put("workingHours", workingHours);
            }
            if (lights != null) {
                json.put("lights", lights);
            }
            return json;
        }

        public String etag() {
            return "\"" + version + ".1\"";
        }

        private List<Map<String, Object>> orgUnitsWithPaths() {
            List<Map<String, Object>> units = new ArrayList<>();
            for (var unit : orgUnits.entrySet()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("code", unit.getKey());
                entry.put("path", path(unit.getKey()));
                entry.put("active", unit.getValue());
                units.add(entry);
            }
            return units;
        }

        private String path(String code) {
            if (code.equals(root)) {
                return "/" + root + "/";
            }
            String parent = parents.getOrDefault(
                    code,
                    orgUnits.keySet().stream()
                            .filter(other -> !other.equals(code) && code.startsWith(other))
                            .max(Comparator.comparingInt(String::length))
                            .orElse(root));
            return path(parent) + code + "/";
        }

        private void category(
                String code,
                String name,
                boolean active,
                String lead,
                List<String> coHandlers,
                List<Map<String, Object>> complexity,
                Map<String, Object> deadlines) {
            Map<String, Object> category = new LinkedHashMap<>();
            category.put("code", code);
            category.put("name", name);
            category.put("active", active);
            if (lead != null) {
                category.put("lead", lead);
            }
            category.put("coHandlers", coHandlers);
            category.put("complexity", complexity);
            if (deadlines != null) {
                category.put("deadlines", deadlines);
            }
            categories.put(code, category);
        }

        private static Map<String, Object> deadlines(int normalClosureDays) {
            return Map.of(
                    "simple", Map.of("responseMinutes", 30, "closureWorkingDays", 3),
                    "normal", Map.of("responseMinutes", 30, "closureWorkingDays", normalClosureDays),
                    "difficult", Map.of("responseMinutes", 120, "closureWorkingDays", 15));
        }

        private Map<String, Object> withRota(Map<String, Object> department) {
            List<Map<String, Object>> rota = rotas.get((String) department.get("code"));
            if (rota == null) {
                return department;
            }
            Map<String, Object> withRota = new LinkedHashMap<>(department);
            withRota.put("rota", rota);
            return withRota;
        }

        private static Map<String, Object> department(String code, String name, String mode) {
            return Map.of("code", code, "name", name, "mode", mode);
        }

        private static Map<String, Object> onCall(String code, String name, String host) {
            return Map.of("code", code, "name", name, "mode", "ON_CALL", "host", host, "arrivalMinutes", 30);
        }

        private void calendarYear(int year, List<String[]> holidays, List<String> makeUpWorkdays) {
            // The snapshot lists only Monday-to-Friday days off: a holiday's weekend days are off anyway.
            List<String> daysOff = new ArrayList<>();
            for (String[] holiday : holidays) {
                for (LocalDate day = LocalDate.parse(holiday[0]);
                        !day.isAfter(LocalDate.parse(holiday[1]));
                        day = day.plusDays(1)) {
                    if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                        daysOff.add(day.toString());
                    }
                }
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("year", year);
            entry.put("daysOff", daysOff);
            entry.put("extraWorkdays", makeUpWorkdays);
            calendar.put(year, entry);
        }

        /** The State Council's 2025 public holidays, first and last day. */
        private static List<String[]> holidays2025() {
            return List.of(
                    new String[] {"2025-01-01", "2025-01-01"},
                    new String[] {"2025-01-28", "2025-02-04"},
                    new String[] {"2025-04-04", "2025-04-06"},
                    new String[] {"2025-05-01", "2025-05-05"},
                    new String[] {"2025-05-31", "2025-06-02"},
                    new String[] {"2025-10-01", "2025-10-08"});
        }

        /** The State Council's 2026 public holidays, first and last day. */
        private static List<String[]> holidays2026() {
            return List.of(
                    new String[] {"2026-01-01", "2026-01-03"},
                    new String[] {"2026-02-15", "2026-02-23"},
                    new String[] {"2026-04-04", "2026-04-06"},
                    new String[] {"2026-05-01", "2026-05-05"},
                    new String[] {"2026-06-19", "2026-06-21"},
                    new String[] {"2026-09-25", "2026-09-27"},
                    new String[] {"2026-10-01", "2026-10-07"});
        }
    }
}
