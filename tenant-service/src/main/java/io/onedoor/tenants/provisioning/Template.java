package io.onedoor.tenants.provisioning;

import io.onedoor.tenants.TenantLevel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An onboarding template: what a new center starts with. The center's own org unit is implied: it
 * is named after the tenant and coded with its division code, as matters registered at the center
 * name it. The template lists the units below it, coded by extending that division code (GB/T 2260
 * township codes add three digits to the county's six), and the matter categories.
 *
 * @param level the level of center the template is meant for
 */
public record Template(
        String name, TenantLevel level, String description, List<OrgUnitSeed> orgUnits, List<CategorySeed> categories) {

    public Template {
        orgUnits = List.copyOf(orgUnits);
        categories = List.copyOf(categories);
    }

    public boolean isFor(TenantLevel candidate) {
        return level == candidate;
    }

    /**
     * An org unit below the center.
     *
     * @param suffix appended to the tenant's division code to make the unit's code
     * @param parent the suffix of the parent unit, listed earlier; the center when absent
     */
    public record OrgUnitSeed(
            String suffix,
            String name,
            OrgUnitKind kind,
            @Nullable String parent) {

        String code(String divisionCode) {
            return divisionCode + suffix;
        }

        String parentCode(String divisionCode) {
            return parent == null ? divisionCode : divisionCode + parent;
        }
    }

    /** A matter category; {@code parent} names a category listed earlier. */
    public record CategorySeed(
            String code, String name, @Nullable String parent) {}
}
