package io.onedoor.cases.matter;

import io.onedoor.support.access.Caller;
import java.util.regex.Pattern;

/**
 * Which of its tenant's matters a caller may see, or register, as its verified token says.
 *
 * <p>Staff and supervisors work in one org unit and reach the matters of that unit and every unit
 * below it; auditors and integrator clients reach the whole tenant (the tenant itself is checked
 * against the path before this is asked). Anyone else, and staff whose token names no usable org
 * unit, reach nothing: the rule fails closed.
 *
 * <p>Org units are GB/T 2260 division codes of 6, 9 or 12 digits (county, township, village), so
 * a unit's subtree is every code it prefixes. The tenant's configuration snapshot (issue 4) will
 * replace this prefix rule with the tenant's own org tree.
 */
public sealed interface MatterReach {

    /** Every matter of the tenant. */
    MatterReach WHOLE_TENANT = new WholeTenant();

    /** No matter at all. */
    MatterReach NOTHING = new Nothing();

    boolean covers(OrgUnitCode orgUnit);

    /** What the caller may read. */
    static MatterReach toRead(Caller caller) {
        if (caller.hasRole("AUDITOR") || caller.hasRole("INTEGRATOR")) {
            return WHOLE_TENANT;
        }
        return staffSubtree(caller);
    }

    /**
     * Where the caller may register matters. An auditor's reach is for reading only: a person
     * who is staff as well registers within the staff subtree.
     */
    static MatterReach toRegister(Caller caller) {
        if (caller.hasRole("INTEGRATOR")) {
            return WHOLE_TENANT;
        }
        return staffSubtree(caller);
    }

    private static MatterReach staffSubtree(Caller caller) {
        boolean staff = caller.hasRole("STAFF") || caller.hasRole("SUPERVISOR");
        String unit = caller.orgUnit();
        // A malformed claim (an empty one would prefix every code) reaches nothing.
        if (!staff || unit == null || !Subtree.DIVISION_CODE.matcher(unit).matches()) {
            return NOTHING;
        }
        return new Subtree(unit);
    }

    record WholeTenant() implements MatterReach {
        @Override
        public boolean covers(OrgUnitCode orgUnit) {
            return true;
        }
    }

    record Nothing() implements MatterReach {
        @Override
        public boolean covers(OrgUnitCode orgUnit) {
            return false;
        }
    }

    /** The unit {@code root} and every unit below it. */
    record Subtree(String root) implements MatterReach {

        static final Pattern DIVISION_CODE = Pattern.compile("^[0-9]{6}([0-9]{3}){0,2}$");

        public Subtree {
            if (!DIVISION_CODE.matcher(root).matches()) {
                throw new IllegalArgumentException("a subtree's root is a 6, 9 or 12 digit division code");
            }
        }

        @Override
        public boolean covers(OrgUnitCode orgUnit) {
            return orgUnit.value().startsWith(root);
        }
    }
}
