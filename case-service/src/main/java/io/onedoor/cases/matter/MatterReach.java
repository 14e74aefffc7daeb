package io.onedoor.cases.matter;

import io.onedoor.support.access.Caller;
import java.util.Optional;
import java.util.Set;

/**
 * Which of its tenant's matters a caller may see, or register, as its verified token says.
 *
 * <p>Staff and supervisors work in one org unit and reach the matters of that unit and of every
 * unit below it in the center's org tree, as the tenant's configuration has the tree now: a unit
 * moved under another parent is reached from its new place, not its old one, whatever its code
 * looks like. Auditors and integrator clients reach the whole tenant without asking the tree (the
 * tenant itself is checked against the path before this is asked). Anyone else, and staff whose
 * token names no unit of the tree, reach nothing: the rule fails closed.
 */
public sealed interface MatterReach {

    /** Every matter of the tenant. */
    MatterReach WHOLE_TENANT = new WholeTenant();

    /** No matter at all. */
    MatterReach NOTHING = new Nothing();

    boolean covers(OrgUnitCode orgUnit);

    /** What the caller may read. The tree is asked only for staff and supervisors. */
    static MatterReach toRead(Caller caller, OrgTree tree) {
        if (caller.hasRole("AUDITOR") || caller.hasRole("INTEGRATOR")) {
            return WHOLE_TENANT;
        }
        return staffSubtree(caller, tree);
    }

    /**
     * Where the caller may register matters. An auditor's reach is for reading only: a person
     * who is staff as well registers within the staff subtree.
     */
    static MatterReach toRegister(Caller caller, OrgTree tree) {
        if (caller.hasRole("INTEGRATOR")) {
            return WHOLE_TENANT;
        }
        return staffSubtree(caller, tree);
    }

    /**
     * Which matters the caller may work (triage, dispatch, sign, close...): staff and
     * supervisors within their subtree; auditors and integrators none.
     */
    static MatterReach toWork(Caller caller, OrgTree tree) {
        return staffSubtree(caller, tree);
    }

    private static MatterReach staffSubtree(Caller caller, OrgTree tree) {
        if (!caller.hasRole("STAFF") && !caller.hasRole("SUPERVISOR")) {
            return NOTHING;
        }
        return OrgUnitCode.parse(caller.orgUnit())
                .flatMap(tree::subtree)
                .<MatterReach>map(Subtree::new)
                .orElse(NOTHING);
    }

    /** The tenant's org tree, as far as reach needs it. */
    @FunctionalInterface
    interface OrgTree {

        /** The unit and every unit below it; empty if the tree has no such unit. */
        Optional<Set<OrgUnitCode>> subtree(OrgUnitCode unit);
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

    /** The units of one subtree of the org tree: its root and every unit below it. */
    record Subtree(Set<OrgUnitCode> units) implements MatterReach {

        public Subtree {
            units = Set.copyOf(units);
            if (units.isEmpty()) {
                // A subtree holds at least its root; an empty one is NOTHING and must say so.
                throw new IllegalArgumentException("a subtree holds at least its root");
            }
        }

        @Override
        public boolean covers(OrgUnitCode orgUnit) {
            return units.contains(orgUnit);
        }
    }
}
