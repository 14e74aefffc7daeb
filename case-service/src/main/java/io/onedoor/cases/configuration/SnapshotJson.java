package io.onedoor.cases.configuration;

import io.onedoor.api.internal.model.ConfigurationSnapshot;
import io.onedoor.api.internal.model.SnapshotCalendarYear;
import io.onedoor.api.internal.model.SnapshotCategory;
import io.onedoor.api.internal.model.SnapshotComplexityRule;
import io.onedoor.api.internal.model.SnapshotDeadline;
import io.onedoor.api.internal.model.SnapshotDeadlines;
import io.onedoor.api.internal.model.SnapshotDepartment;
import io.onedoor.api.internal.model.SnapshotLightPolicy;
import io.onedoor.api.internal.model.SnapshotOrgUnit;
import io.onedoor.api.internal.model.SnapshotRoom;
import io.onedoor.api.internal.model.SnapshotRotaLine;
import io.onedoor.api.internal.model.SnapshotWorkingInterval;
import io.onedoor.cases.matter.Complexity;
import io.onedoor.cases.matter.LightPolicy;
import io.onedoor.support.calendar.Rota;
import io.onedoor.support.calendar.WorkingCalendar;
import io.onedoor.support.calendar.WorkingHours;
import io.onedoor.support.tenancy.TenantCode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the snapshot JSON of internal.yaml's {@code ConfigurationSnapshot} into the domain's
 * {@link CenterConfiguration}: the one place that knows the contract's shape. Fields it does not
 * know are skipped (tenant-service may add some before case-service reads them); a snapshot
 * missing anything the domain needs is refused whole.
 */
final class SnapshotJson {

    private final JsonMapper json;

    SnapshotJson(JsonMapper json) {
        this.json = json.rebuild()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** The configuration in the JSON, which must be the given tenant's. */
    CenterConfiguration read(String text, TenantCode tenant) {
        ConfigurationSnapshot snapshot;
        try {
            snapshot = json.readValue(text, ConfigurationSnapshot.class);
        } catch (JacksonException | IllegalArgumentException e) {
            // The message may quote the JSON; the cause's type is enough to tell what broke.
            throw new MalformedSnapshotException(
                    "not a configuration snapshot (" + e.getClass().getSimpleName() + ")");
        }
        if (!tenant.value().equals(snapshot.getTenant())) {
            throw new MalformedSnapshotException("the snapshot is another tenant's");
        }
        long version = required(snapshot.getVersion(), "version");
        String etag = required(snapshot.getEtag(), "etag");
        OrgUnits orgUnits = orgUnits(list(snapshot.getOrgUnits(), "orgUnits"));
        Map<String, StandardPath> categories = new HashMap<>();
        for (SnapshotCategory category : list(snapshot.getCategories(), "categories")) {
            StandardPath path = standardPath(category);
            categories.put(path.category(), path);
        }
        WorkingCalendar calendar = calendar(snapshot);
        Map<String, StationedDepartment> departments = new HashMap<>();
        for (SnapshotDepartment department : list(snapshot.getDepartments(), "departments")) {
            String code = required(department.getCode(), "departments[].code");
            departments.put(
                    code,
                    new StationedDepartment(
                            code,
                            StationedDepartment.Stationing.valueOf(required(department.getMode(), "departments[].mode")
                                    .getValue()),
                            department.getHost(),
                            department.getArrivalMinutes() == null ? 30 : department.getArrivalMinutes(),
                            rota(department)));
        }
        Map<String, String> rooms = null;
        if (snapshot.getRooms() != null) {
            rooms = new HashMap<>();
            for (SnapshotRoom room : snapshot.getRooms()) {
                rooms.put(required(room.getCode(), "rooms[].code"), required(room.getName(), "rooms[].name"));
            }
        }
        return new CenterConfiguration(
                tenant, version, etag, orgUnits, categories, departments, calendar, rooms, lights(snapshot));
    }

    /**
     * The center's light policy; the default for a snapshot published before lights could be set.
     * Values tenant-service's rules would refuse make the snapshot unusable, as any other.
     */
    private static LightPolicy lights(ConfigurationSnapshot snapshot) {
        SnapshotLightPolicy given = snapshot.getLights();
        if (given == null) {
            return LightPolicy.DEFAULT;
        }
        try {
            return new LightPolicy(
                    required(given.getYellowAtPercent(), "lights.yellowAtPercent"),
                    Duration.ofMinutes(required(given.getYellowWithinMinutes(), "lights.yellowWithinMinutes")),
                    Duration.ofMinutes(
                            required(given.getSuperviseUnsignedAfterMinutes(), "lights.superviseUnsignedAfterMinutes")),
                    required(given.getSupervisionWorkingDays(), "lights.supervisionWorkingDays"));
        } catch (MalformedSnapshotException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new MalformedSnapshotException("the snapshot's lights: " + e.getMessage());
        }
    }

    private static Rota rota(SnapshotDepartment department) {
        List<Rota.Line> lines = new ArrayList<>();
        for (SnapshotRotaLine line :
                department.getRota() == null ? List.<SnapshotRotaLine>of() : department.getRota()) {
            lines.add(new Rota.Line(
                    list(line.getDays(), "departments[].rota[].days").stream()
                            .map(day -> DayOfWeek.valueOf(day.getValue()))
                            .collect(Collectors.toSet()),
                    Rota.Weeks.valueOf(required(line.getWeeks(), "departments[].rota[].weeks")
                            .getValue()),
                    line.getFrom(),
                    line.getUntil()));
        }
        return new Rota(lines);
    }

    /**
     * The working calendar of the snapshot's years and working hours. Without a sound calendar no
     * deadline could be counted: the snapshot is unusable.
     */
    private static WorkingCalendar calendar(ConfigurationSnapshot snapshot) {
        try {
            List<WorkingCalendar.Year> years = new ArrayList<>();
            for (SnapshotCalendarYear year : list(snapshot.getCalendar(), "calendar")) {
                years.add(new WorkingCalendar.Year(
                        required(year.getYear(), "calendar[].year"),
                        Set.copyOf(list(year.getDaysOff(), "calendar[].daysOff")),
                        Set.copyOf(list(year.getExtraWorkdays(), "calendar[].extraWorkdays"))));
            }
            return new WorkingCalendar(years).withHours(workingHours(snapshot.getWorkingHours()));
        } catch (MalformedSnapshotException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new MalformedSnapshotException(e.getMessage());
        } catch (DateTimeParseException e) {
            throw new MalformedSnapshotException("the snapshot has working hours that are not times of day");
        }
    }

    /**
     * The center's working hours. A snapshot from before they could be set has none, which the
     * generated model cannot tell from an empty list: either means the default.
     */
    private static WorkingHours workingHours(@Nullable List<SnapshotWorkingInterval> given) {
        if (given == null || given.isEmpty()) {
            return WorkingHours.DEFAULT;
        }
        List<WorkingHours.Interval> intervals = new ArrayList<>();
        for (SnapshotWorkingInterval interval : list(given, "workingHours")) {
            intervals.add(new WorkingHours.Interval(
                    LocalTime.parse(required(interval.getStart(), "workingHours[].start")),
                    LocalTime.parse(required(interval.getEnd(), "workingHours[].end"))));
        }
        return new WorkingHours(intervals);
    }

    private static OrgUnits orgUnits(List<SnapshotOrgUnit> given) {
        List<OrgUnits.Unit> units = new ArrayList<>();
        try {
            for (SnapshotOrgUnit unit : given) {
                units.add(new OrgUnits.Unit(
                        required(unit.getCode(), "orgUnits[].code"),
                        required(unit.getPath(), "orgUnits[].path"),
                        required(unit.getActive(), "orgUnits[].active")));
            }
            return new OrgUnits(units);
        } catch (MalformedSnapshotException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            // Without a sound tree, no staff member's reach could be told: the snapshot is unusable.
            throw new MalformedSnapshotException(e.getMessage());
        }
    }

    private static StandardPath standardPath(SnapshotCategory category) {
        List<ComplexityRule> rules = list(category.getComplexity(), "categories[].complexity").stream()
                .map(SnapshotJson::rule)
                .toList();
        Map<Complexity, Deadline> deadlines = new EnumMap<>(Complexity.class);
        SnapshotDeadlines given = category.getDeadlines();
        if (given != null) {
            deadlines.put(Complexity.SIMPLE, deadline(given.getSimple()));
            deadlines.put(Complexity.NORMAL, deadline(given.getNormal()));
            deadlines.put(Complexity.DIFFICULT, deadline(given.getDifficult()));
        }
        return new StandardPath(
                required(category.getCode(), "categories[].code"),
                required(category.getActive(), "categories[].active"),
                category.getLead(),
                list(category.getCoHandlers(), "categories[].coHandlers"),
                rules,
                deadlines);
    }

    private static ComplexityRule rule(SnapshotComplexityRule rule) {
        var complexity = required(rule.getPropertyClass(), "categories[].complexity[].class");
        return new ComplexityRule(
                Complexity.valueOf(complexity.getValue()), rule.getMinAmountYuan(), rule.getMinParties());
    }

    private static Deadline deadline(@Nullable SnapshotDeadline deadline) {
        SnapshotDeadline given = required(deadline, "categories[].deadlines");
        try {
            return new Deadline(
                    required(given.getResponseMinutes(), "responseMinutes"),
                    required(given.getClosureWorkingDays(), "closureWorkingDays"));
        } catch (IllegalArgumentException e) {
            throw new MalformedSnapshotException(e.getMessage());
        }
    }

    // The generated model declares required fields non-null, but JSON can still leave them out.
    private static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new MalformedSnapshotException("the snapshot lacks " + field);
        }
        return value;
    }

    private static <T> List<T> list(@Nullable List<T> values, String field) {
        List<T> present = required(values, field);
        if (present.contains(null)) {
            throw new MalformedSnapshotException("the snapshot has an empty entry in " + field);
        }
        return present;
    }

    /** A snapshot case-service cannot use. The message never quotes it. */
    static final class MalformedSnapshotException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        MalformedSnapshotException(String message) {
            super(message);
        }
    }
}
