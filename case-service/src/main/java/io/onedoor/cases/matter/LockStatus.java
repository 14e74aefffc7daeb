package io.onedoor.cases.matter;

/** Where a lock stands: open until its department proposes a key, resolved by a joint meeting's plan. */
public enum LockStatus {
    OPEN,
    KEY_PROPOSED,
    RESOLVED,
    /** The matter was withdrawn before the lock was resolved. */
    CANCELLED;

    /** Whether the lock still stands in the way of the matter's outcome and close. */
    public boolean isUnresolved() {
        return this == OPEN || this == KEY_PROPOSED;
    }
}
