package io.onedoor.cases.configuration;

import io.onedoor.cases.matter.CategoryCode;
import io.onedoor.cases.matter.Complexity;
import io.onedoor.cases.matter.LightPolicy;
import io.onedoor.cases.matter.MatterIntake;
import io.onedoor.cases.matter.MatterTerms;
import io.onedoor.cases.matter.OrgUnitCode;
import io.onedoor.cases.matter.WorkingTime;
import io.onedoor.support.calendar.WorkingCalendar;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.web.Problems.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One version of a center's configuration, as tenant-service's snapshot gives it: the org tree
 * and the categories the center has (and which of them are retired), each category's standard
 * path, and the working calendar (days and hours).
 */
public final class CenterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CenterConfiguration.class);

    private final TenantCode tenant;
    private final long version;
    private final String etag;
    private final OrgUnits orgUnits;
    private final Map<String, StandardPath> categories;
    private final Map<String, StationedDepartment> departments;
    /** Mediation rooms by code, with their names; null where the snapshot published none. */
    private final @Nullable Map<String, String> rooms;

    private final WorkingCalendar calendar;
    private final LightPolicy lights;

    CenterConfiguration(
            TenantCode tenant,
            long version,
            String etag,
            OrgUnits orgUnits,
            Map<String, StandardPath> categories,
            Map<String, StationedDepartment> departments,
            WorkingCalendar calendar,
            @Nullable Map<String, String> rooms,
            LightPolicy lights) {
        this.lights = lights;
        this.rooms = rooms == null ? null : Map.copyOf(rooms);
        this.tenant = tenant;
        this.version = version;
        this.etag = etag;
        this.orgUnits = orgUnits;
        this.categories = Map.copyOf(categories);
        this.departments = Map.copyOf(departments);
        this.calendar = calendar;
    }

    /**
     * Whether a session may be said to be held in {@code room}: one of the center's mediation
     * rooms, by code or name; anything goes where the snapshot publishes no rooms (an older one).
     */
    public boolean hasRoom(String room) {
        return rooms == null || rooms.containsKey(room) || rooms.containsValue(room);
    }

    /** The department of this code stationed at the center, if there is one. */
    public Optional<StationedDepartment> department(String code) {
        return Optional.ofNullable(departments.get(code));
    }

    /**
     * When a department whistled in at {@code whistledAt} must have arrived: its arrival SLA
     * (吹哨报到, 30 minutes unless configured) in the center's working time, so a whistle blown
     * after closing is answered the next working morning. Where the calendar does not reach that
     * far (the last evening of its last year), the SLA counts in plain minutes rather than not at
     * all.
     */
    public Instant arrivalDueAt(StationedDepartment department, Instant whistledAt) {
        try {
            return calendar.addWorkingMinutes(whistledAt, department.arrivalMinutes());
        } catch (WorkingCalendar.UnknownYearException e) {
            log.warn(
                    "configuration {} has no working calendar for {}: arrival due counted in plain minutes",
                    version,
                    e.year());
            return whistledAt.plus(department.arrivalMinutes(), ChronoUnit.MINUTES);
        }
    }

    public TenantCode tenant() {
        return tenant;
    }

    public long version() {
        return version;
    }

    public String etag() {
        return etag;
    }

    /** The center's working days and hours, on which its deadlines are counted. */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /** When the center's lights turn yellow and its supervision opens by itself ({@code calendar.lights}). */
    public LightPolicy lights() {
        return lights;
    }

    /** The center's working time on its calendar, as a matter's pauses and extensions count it. */
    public WorkingTime workingTime() {
        return new CalendarWorkingTime(calendar);
    }

    /**
     * The {@code n}-th working day after {@code start} on the center's calendar; empty if the
     * calendar does not list every year the count passes through.
     */
    public Optional<LocalDate> workingDaysAfter(LocalDate start, int n) {
        try {
            return Optional.of(calendar.addWorkingDays(start, n));
        } catch (WorkingCalendar.UnknownYearException e) {
            return Optional.empty();
        }
    }

    public Optional<StandardPath> standardPath(String category) {
        return Optional.ofNullable(categories.get(category));
    }

    /**
     * The org unit and every unit below it in the center's org tree, retired ones included;
     * empty if the center has no such unit. A staff member of the unit reaches these units'
     * matters.
     */
    public Optional<Set<OrgUnitCode>> subtree(OrgUnitCode unit) {
        return orgUnits.subtree(unit);
    }

    /**
     * What the center's configuration refuses in a matter taken in: a category or an org unit
     * the center does not have, or has retired. Empty if it may be registered.
     */
    public List<FieldProblem> refusals(MatterIntake intake) {
        return refusals(intake.category(), intake.orgUnit());
    }

    /**
     * What the center's configuration refuses of these codes; a code that is absent (missing or
     * malformed in a request) is not looked at.
     */
    public List<FieldProblem> refusals(@Nullable CategoryCode category, @Nullable OrgUnitCode orgUnit) {
        List<FieldProblem> refusals = new ArrayList<>();
        if (category != null) {
            StandardPath path = categories.get(category.value());
            if (path == null) {
                refusals.add(new FieldProblem("categoryCode", "is not a category of this center"));
            } else if (!path.active()) {
                refusals.add(new FieldProblem("categoryCode", "is retired"));
            }
        }
        if (orgUnit != null) {
            Optional<Boolean> orgUnitActive = orgUnits.active(orgUnit.value());
            if (orgUnitActive.isEmpty()) {
                refusals.add(new FieldProblem("orgUnitCode", "is not an org unit of this center"));
            } else if (!orgUnitActive.get()) {
                refusals.add(new FieldProblem("orgUnitCode", "is retired"));
            }
        }
        return refusals;
    }

    /**
     * The terms a matter this configuration accepts (see {@link #refusals}) is registered on.
     * A deadline the calendar cannot count is left out, with a warning: a missing calendar year
     * is the operator's to fix and must not stop intake.
     */
    public MatterTerms termsFor(MatterIntake intake, Instant registeredAt) {
        StandardPath path = standardPath(intake.category().value())
                .orElseThrow(() -> new IllegalArgumentException("the category is not one of this center"));
        MatterTerms terms = path.termsFor(intake, registeredAt, calendar);
        if ((terms.closureDueOn() == null || terms.responseDueAt() == null)
                && path.deadline(terms.complexity()).isPresent()) {
            log.warn(
                    "configuration {} has no working calendar far enough ahead to count the deadlines"
                            + " of a {} matter in {}; it is registered without those it cannot count",
                    etag,
                    terms.complexity(),
                    path.category());
        }
        return terms;
    }

    /**
     * The terms of a matter of the category counted from {@code from}: its class (the one given,
     * else the category's rules for the amount and parties), lead department and deadlines. Used
     * when triage changes a matter's category or class, and for each assignment of a dispatch.
     */
    public MatterTerms termsFor(
            CategoryCode category,
            @Nullable Long amountFen,
            int parties,
            @Nullable Complexity complexity,
            Instant from) {
        StandardPath path = standardPath(category.value())
                .orElseThrow(() -> new IllegalArgumentException("the category is not one of this center"));
        Complexity effective = complexity != null ? complexity : path.classify(amountFen, parties);
        return path.termsFor(effective, from, calendar);
    }

    @Override
    public String toString() {
        return "CenterConfiguration[" + tenant + ", version " + version + ", " + etag + "]";
    }
}
