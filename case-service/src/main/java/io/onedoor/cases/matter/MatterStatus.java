package io.onedoor.cases.matter;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Where a matter is in its life; later issues add triage, dispatch, handling and closing. */
public enum MatterStatus {
    REGISTERED(false);

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
