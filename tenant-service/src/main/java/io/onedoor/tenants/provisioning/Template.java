package io.onedoor.tenants.provisioning;

import io.onedoor.tenants.TenantLevel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An onboarding template: what a new center starts with. The center's own org unit is implied
 * (named after the tenant, with its division code); the template lists the units below it and the
 * matter categories.
 *
 * @param level the level of center the template is meant for
 */
public record Template(
        String name, TenantLevel level, String description, List<OrgUnitSeed> orgUnits, List<CategorySeed> categories) {

    /** The code of the center's org unit, the root of every tenant's tree. */
    public static final String CENTER = "center";

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
     * @param parent the code of the parent unit, listed earlier; the center when absent
     * @param divisionSuffix appended to the tenant's division code (GB/T 2260 township codes
     *     extend the county's six digits by three)
     */
    public record OrgUnitSeed(
            String code,
            String name,
            OrgUnitKind kind,
            @Nullable String parent,
            @Nullable String divisionSuffix) {

        String parentCode() {
            return parent == null ? CENTER : parent;
        }
    }

    /** A matter category; {@code parent} names a category listed earlier. */
    public record CategorySeed(
            String code, String name, @Nullable String parent) {}
}
