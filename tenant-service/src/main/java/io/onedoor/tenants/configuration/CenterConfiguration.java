package io.onedoor.tenants.configuration;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The whole configuration of a center, as one document: what a version stores, what is exported
 * and imported, and what the rules check together. Lists keep the admin's order, which the
 * console shows and a round trip preserves.
 */
public record CenterConfiguration(
        List<OrgUnit> orgUnits,
        List<Area> areas,
        List<Department> departments,
        List<Category> categories,
        CalendarOverrides calendar,
        List<KpiSelection> kpis) {

    public CenterConfiguration(
            @Nullable List<OrgUnit> orgUnits,
            @Nullable List<Area> areas,
            @Nullable List<Department> departments,
            @Nullable List<Category> categories,
            @Nullable CalendarOverrides calendar,
            @Nullable List<KpiSelection> kpis) {
        this.orgUnits = copy(orgUnits);
        this.areas = copy(areas);
        this.departments = copy(departments);
        this.categories = copy(categories);
        this.calendar = calendar == null ? CalendarOverrides.NONE : calendar;
        this.kpis = copy(kpis);
    }

    public static final CenterConfiguration EMPTY = new CenterConfiguration(null, null, null, null, null, null);

    /** This configuration with one section taken from {@code other}. */
    public CenterConfiguration with(Section section, CenterConfiguration other) {
        return switch (section) {
            case ORG_UNITS -> new CenterConfiguration(other.orgUnits, areas, departments, categories, calendar, kpis);
            case AREAS -> new CenterConfiguration(orgUnits, other.areas, departments, categories, calendar, kpis);
            case DEPARTMENTS -> new CenterConfiguration(orgUnits, areas, other.departments, categories, calendar, kpis);
            case CATEGORIES -> new CenterConfiguration(orgUnits, areas, departments, other.categories, calendar, kpis);
            case CALENDAR -> new CenterConfiguration(orgUnits, areas, departments, categories, other.calendar, kpis);
            case KPIS -> new CenterConfiguration(orgUnits, areas, departments, categories, calendar, other.kpis);
        };
    }

    /**
     * This configuration with the org units of {@code current} it lacks added back, retired on
     * {@code day}: what restoring an earlier version means for units created since, which are
     * retired, never deleted.
     */
    public CenterConfiguration keepingUnitsOf(CenterConfiguration current, java.time.LocalDate day) {
        java.util.Set<String> known = new java.util.HashSet<>();
        orgUnits.forEach(unit -> known.add(unit.code()));
        List<OrgUnit> units = new java.util.ArrayList<>(orgUnits);
        for (OrgUnit unit : current.orgUnits) {
            if (!known.contains(unit.code())) {
                units.add(
                        unit.active()
                                ? new OrgUnit(
                                        unit.code(),
                                        unit.name(),
                                        unit.kind(),
                                        unit.divisionCode(),
                                        unit.parent(),
                                        OrgUnit.Status.RETIRED,
                                        day)
                                : unit);
            }
        }
        return new CenterConfiguration(units, areas, departments, categories, calendar, kpis);
    }

    /** The sections in which this configuration differs from {@code other}. */
    public List<Section> sectionsChangedFrom(CenterConfiguration other) {
        return java.util.Arrays.stream(Section.values())
                .filter(section -> !Objects.equals(section.of(this), section.of(other)))
                .toList();
    }

    public java.util.Optional<Department> department(String code) {
        return departments.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /**
     * The code of the center's own unit: its division code, which no rule lets a later version
     * change. Empty only for a document that has no center unit (which the rules refuse).
     */
    public java.util.Optional<String> centerCode() {
        return orgUnits.stream()
                .filter(unit -> unit.kind() == OrgUnit.Kind.CENTER)
                .map(OrgUnit::code)
                .findFirst();
    }

    public CategoryTree categoryTree() {
        return new CategoryTree(categories);
    }

    public java.util.Optional<Category> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The sections a document has, each replaceable on its own. */
    public enum Section {
        ORG_UNITS("org-units", "orgUnits"),
        AREAS("areas", "areas"),
        DEPARTMENTS("departments", "departments"),
        CATEGORIES("categories", "categories"),
        CALENDAR("calendar", "calendar"),
        KPIS("kpis", "kpis");

        private final String path;
        private final String field;

        Section(String path, String field) {
            this.path = path;
            this.field = field;
        }

        public String path() {
            return path;
        }

        /** The document's property holding the section. */
        public String field() {
            return field;
        }

        public static java.util.Optional<Section> ofPath(String path) {
            return java.util.Arrays.stream(values())
                    .filter(s -> s.path.equals(path))
                    .findFirst();
        }

        Object of(CenterConfiguration configuration) {
            return switch (this) {
                case ORG_UNITS -> configuration.orgUnits;
                case AREAS -> configuration.areas;
                case DEPARTMENTS -> configuration.departments;
                case CATEGORIES -> configuration.categories;
                case CALENDAR -> configuration.calendar;
                case KPIS -> configuration.kpis;
            };
        }
    }

    static <T> List<T> copy(@Nullable List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
