package io.onedoor.tenants.configuration;

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
import io.onedoor.support.calendar.WorkingCalendar;
import io.onedoor.support.calendar.WorkingHours;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.tenants.calendar.ProvinceCalendarChanged;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration as case-service reads it: small (only what dispatch and deadlines need, with
 * category paths and deadlines already resolved through parents and the calendar reduced to its
 * exceptions), versioned by an ETag that changes with the configuration and with the province's
 * calendar, cached in Redis and announced on a channel whenever it changes.
 */
@Component
public class ConfigurationSnapshots {

    /** Redis key of a tenant's snapshot JSON. */
    public static final String KEY_PREFIX = "onedoor:config-snapshot:";
    /** Redis channel announcing {@code {"tenant": ..., "etag": ...}} after every change. */
    public static final String CHANNEL = "onedoor:config-changed";
    /** A write that failed leaves at worst an entry this old; readers then ask the service. */
    private static final Duration TTL = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(ConfigurationSnapshots.class);

    /**
     * SET (with a TTL) unless the stored snapshot is newer, comparing the (version, calendar
     * stamp) pairs of the ETags: a reader's re-cache built just before a change committed must
     * not overwrite the change's snapshot.
     */
    private static final RedisScript<Long> WRITE_UNLESS_NEWER = new DefaultRedisScript<>("""
            local current = redis.call('GET', KEYS[1])
            if current then
              local ok, stored = pcall(cjson.decode, current)
              if ok and type(stored) == 'table' and type(stored['etag']) == 'string' then
                local v, s = string.match(stored['etag'], '(%d+)%.(%d+)')
                local nv, ns = string.match(ARGV[2], '(%d+)%.(%d+)')
                if v and nv and (tonumber(v) > tonumber(nv)
                    or (tonumber(v) == tonumber(nv) and tonumber(s) > tonumber(ns))) then
                  return 0
                end
              end
            end
            redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[3])
            return 1
            """, Long.class);

    private final TenantConfigurations configurations;
    private final CenterCalendars calendars;
    private final Catalogs catalogs;
    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final Centers centers;

    ConfigurationSnapshots(
            TenantConfigurations configurations,
            CenterCalendars calendars,
            Catalogs catalogs,
            StringRedisTemplate redis,
            JsonMapper json,
            Centers centers) {
        this.configurations = configurations;
        this.calendars = calendars;
        this.catalogs = catalogs;
        this.redis = redis;
        this.json = json;
        this.centers = centers;
    }

    public ConfigurationSnapshot build(TenantCode tenant) {
        ConfigurationVersion version = configurations.current(tenant);
        CenterConfiguration configuration = version.document();
        String etag = "\"" + version.version() + "." + calendars.stamp(tenant.value()) + "\"";
        WorkingCalendar calendar = calendars.of(tenant.value(), configuration);
        return new ConfigurationSnapshot(
                        tenant.value(),
                        version.version(),
                        etag,
                        orgUnits(configuration),
                        departments(configuration),
                        categories(configuration),
                        calendar(calendar))
                .workingHours(workingHours(calendar.hours()))
                .lights(lights(configuration.calendar().effectiveLights()))
                .rooms(configuration.areas().stream()
                        .flatMap(area -> area.rooms().stream())
                        .map(room -> new SnapshotRoom(room.code(), room.name()))
                        .toList());
    }

    /** Builds the snapshot, caches it in Redis and announces the change; returns it. */
    public ConfigurationSnapshot publish(TenantCode tenant) {
        return cache(tenant, true);
    }

    /**
     * Builds the snapshot and caches it in Redis without announcing it: for a reader that found
     * none there, when nothing changed that other readers' copies would miss.
     */
    public ConfigurationSnapshot recache(TenantCode tenant) {
        return cache(tenant, false);
    }

    private ConfigurationSnapshot cache(TenantCode tenant, boolean announce) {
        ConfigurationSnapshot snapshot = build(tenant);
        try {
            redis.execute(
                    WRITE_UNLESS_NEWER,
                    List.of(KEY_PREFIX + tenant.value()),
                    json.writeValueAsString(snapshot),
                    snapshot.getEtag(),
                    Long.toString(TTL.toSeconds()));
            if (announce) {
                redis.convertAndSend(
                        CHANNEL, json.writeValueAsString(Map.of("tenant", tenant.value(), "etag", snapshot.getEtag())));
            }
        } catch (RuntimeException e) {
            log.warn(
                    "could not cache the configuration snapshot of {}; case-service will ask for it",
                    tenant.value(),
                    e);
        }
        return snapshot;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ConfigurationChanged change) {
        TenantCode.parse(change.tenant()).ifPresent(tenant -> {
            try {
                publish(tenant);
            } catch (RuntimeException e) {
                log.warn("could not publish the configuration snapshot of {}", change.tenant(), e);
            }
        });
    }

    /** Every center of the province counts its deadlines on the new calendar from now on. */
    @EventListener
    void on(ProvinceCalendarChanged change) {
        for (String code : centers.servedIn(change.provinceCode())) {
            on(new ConfigurationChanged(code));
        }
    }

    private static List<SnapshotOrgUnit> orgUnits(CenterConfiguration configuration) {
        Map<String, OrgUnit> byCode =
                configuration.orgUnits().stream().collect(Collectors.toMap(OrgUnit::code, Function.identity()));
        return configuration.orgUnits().stream()
                .map(unit -> new SnapshotOrgUnit(unit.code(), path(unit, byCode), unit.active()))
                .toList();
    }

    /** Materialized path of codes from the center down, {@code /150526/150526001/}. */
    private static String path(OrgUnit unit, Map<String, OrgUnit> byCode) {
        List<String> codes = new ArrayList<>();
        for (OrgUnit at = unit;
                at != null && codes.size() <= byCode.size();
                at = at.parent() == null ? null : byCode.get(at.parent())) {
            codes.addFirst(at.code());
        }
        return "/" + String.join("/", codes) + "/";
    }

    private List<SnapshotDepartment> departments(CenterConfiguration configuration) {
        return configuration.departments().stream()
                .map(department -> new SnapshotDepartment(
                                department.code(),
                                catalogs.nameOf(department),
                                SnapshotDepartment.ModeEnum.fromValue(
                                        department.mode().name()))
                        .host(department.host())
                        .arrivalMinutes(
                                department.mode() == Department.Mode.ON_CALL ? department.arrivalMinutes() : null)
                        .rota(
                                department.mode() == Department.Mode.ROTATING
                                        ? department.rota().stream()
                                                .map(ConfigurationSnapshots::rotaLine)
                                                .toList()
                                        : null))
                .toList();
    }

    private static SnapshotRotaLine rotaLine(Department.RotaEntry entry) {
        return new SnapshotRotaLine(
                        entry.days().stream()
                                .map(day -> SnapshotRotaLine.DaysEnum.fromValue(day.name()))
                                .toList(),
                        SnapshotRotaLine.WeeksEnum.fromValue(entry.weeks().name()))
                .from(entry.from())
                .until(entry.until());
    }

    private static List<SnapshotCategory> categories(CenterConfiguration configuration) {
        CategoryTree tree = configuration.categoryTree();
        return configuration.categories().stream()
                .map(category -> {
                    var path = tree.pathOf(category);
                    var deadlines = tree.deadlinesOf(category);
                    return new SnapshotCategory(
                                    category.code(),
                                    category.name(),
                                    !category.retired(),
                                    path.map(Category.StandardPath::coHandlers).orElse(List.of()),
                                    tree.complexityOf(category).stream()
                                            .map(rule -> new SnapshotComplexityRule(
                                                            SnapshotComplexityRule.PropertyClassEnum.fromValue(
                                                                    rule.level().name()))
                                                    .minAmountYuan(rule.minAmountYuan())
                                                    .minParties(rule.minParties()))
                                            .toList())
                            .lead(path.map(Category.StandardPath::lead).orElse(null))
                            .deadlines(deadlines
                                    .map(d -> new SnapshotDeadlines(
                                            deadline(d.simple()), deadline(d.normal()), deadline(d.difficult())))
                                    .orElse(null));
                })
                .toList();
    }

    private static SnapshotDeadline deadline(Category.Deadline deadline) {
        return new SnapshotDeadline(deadline.responseMinutes(), deadline.closureWorkingDays());
    }

    /** The light policy in force, every value given: case-service needs no defaults of its own. */
    private static SnapshotLightPolicy lights(CalendarOverrides.Lights lights) {
        return new SnapshotLightPolicy(
                lights.yellowAtPercent(),
                lights.yellowWithinMinutes(),
                lights.superviseUnsignedAfterMinutes(),
                lights.supervisionWorkingDays());
    }

    private static List<SnapshotWorkingInterval> workingHours(WorkingHours hours) {
        return hours.intervals().stream()
                .map(interval -> new SnapshotWorkingInterval(
                        interval.start().toString(), interval.end().toString()))
                .toList();
    }

    private static List<SnapshotCalendarYear> calendar(WorkingCalendar calendar) {
        List<SnapshotCalendarYear> years = new ArrayList<>();
        for (int year : calendar.years().stream().sorted().toList()) {
            List<LocalDate> daysOff = new ArrayList<>();
            List<LocalDate> extraWorkdays = new ArrayList<>();
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
                boolean working = calendar.isWorkingDay(day);
                if (!weekend && !working) {
                    daysOff.add(day);
                } else if (weekend && working) {
                    extraWorkdays.add(day);
                }
            }
            years.add(new SnapshotCalendarYear(year, daysOff, extraWorkdays));
        }
        return years;
    }
}
