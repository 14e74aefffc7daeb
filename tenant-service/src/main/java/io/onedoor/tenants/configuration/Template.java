package io.onedoor.tenants.configuration;

import io.onedoor.tenants.TenantLevel;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An onboarding template: a whole configuration with the center's division code and name left
 * as placeholders ({@value #DIVISION}, {@value #NAME}) in its org units, so that each center
 * onboarded from it gets the tree under its own code.
 *
 * @param province the province whose operator saved it; absent for the platform's own
 */
public record Template(
        String name,
        TenantLevel level,
        String description,
        @Nullable String province,
        @Nullable String sourceTenant,
        @Nullable Instant savedAt,
        CenterConfiguration document) {

    public static final String DIVISION = "{division}";
    public static final String NAME = "{name}";

    public boolean isFor(TenantLevel candidate) {
        return level == candidate;
    }

    /** Whether an operator of {@code province} may use it: the platform's, or their province's. */
    public boolean visibleTo(@Nullable String operatorProvince) {
        return province == null || province.equals(operatorProvince);
    }

    /** The configuration a center with this division code and name starts with. */
    public CenterConfiguration instantiate(String divisionCode, String centerName) {
        List<OrgUnit> units = document.orgUnits().stream()
                .map(unit -> new OrgUnit(
                        unit.code().replace(DIVISION, divisionCode),
                        unit.name().replace(NAME, centerName),
                        unit.kind(),
                        replace(unit.divisionCode(), DIVISION, divisionCode),
                        replace(unit.parent(), DIVISION, divisionCode),
                        unit.status(),
                        unit.retiredOn()))
                .toList();
        return document.with(
                CenterConfiguration.Section.ORG_UNITS, new CenterConfiguration(units, null, null, null, null, null));
    }

    /**
     * A template from a center's configuration: its division code and name become placeholders;
     * retired units are left out, as a new center has no history.
     */
    public static Template from(
            String name,
            TenantLevel level,
            String description,
            String province,
            String sourceTenant,
            CenterConfiguration configuration,
            String divisionCode,
            String centerName) {
        List<OrgUnit> units = configuration.orgUnits().stream()
                .filter(OrgUnit::active)
                .map(unit -> new OrgUnit(
                        generalize(unit.code(), divisionCode),
                        unit.kind() == OrgUnit.Kind.CENTER ? NAME : unit.name(),
                        unit.kind(),
                        unit.divisionCode() == null ? null : generalize(unit.divisionCode(), divisionCode),
                        unit.parent() == null ? null : generalize(unit.parent(), divisionCode),
                        unit.status(),
                        null))
                .toList();
        CenterConfiguration document = configuration.with(
                CenterConfiguration.Section.ORG_UNITS, new CenterConfiguration(units, null, null, null, null, null));
        return new Template(name, level, description, province, sourceTenant, null, document);
    }

    private static String generalize(String code, String divisionCode) {
        return code.startsWith(divisionCode) ? DIVISION + code.substring(divisionCode.length()) : code;
    }

    private static @Nullable String replace(@Nullable String value, String placeholder, String by) {
        return value == null ? null : value.replace(placeholder, by);
    }
}
