package io.onedoor.cases.matter;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a matter is in its life (docs/matter-lifecycle.md): 受理 → 分流 → 分派 → 办理 → 办结 → 回访,
 * or withdrawn on the way.
 */
public enum MatterStatus {
    /** Taken in (受理), not yet triaged. */
    REGISTERED(false),
    /** Category and class confirmed (分流), or sent back by a returned lead assignment: waiting for dispatch. */
    TRIAGED(false),
    /** Assigned (分派); the lead department has not signed yet. */
    DISPATCHED(false),
    /** Signed by the lead department and being worked (办理). */
    IN_HANDLING(false),
    /** Closed (办结), waiting for its follow-up visit; an unsatisfied visit may reopen it. */
    CLOSED(true),
    /** Visited (回访) and finished. */
    FOLLOWED_UP(true),
    /** Withdrawn (撤回) at the applicant's request. */
    WITHDRAWN(true);

    private final boolean terminal;

    MatterStatus(boolean terminal) {
        this.terminal = terminal;
    }

    /** Whether the matter is still being worked on: not closed, withdrawn or otherwise finished. */
    public boolean isOpen() {
        return !terminal;
    }

    /** Every status of a matter still being worked on. */
    public static Set<MatterStatus> open() {
        return Arrays.stream(values()).filter(MatterStatus::isOpen).collect(Collectors.toUnmodifiableSet());
    }
}
