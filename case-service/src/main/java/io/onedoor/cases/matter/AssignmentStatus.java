package io.onedoor.cases.matter;

/** Where one department's assignment stands. */
public enum AssignmentStatus {
    /** Assigned, not yet signed (未签收). */
    PENDING,
    /** Signed (签收): the department is working on it. */
    SIGNED,
    /** The department's part is done. */
    COMPLETED,
    /** Sent back to the dispatcher (退单). */
    RETURNED,
    /** Ended unfinished because the matter was withdrawn. */
    CANCELLED;

    /** Whether the department still holds the assignment (it is neither done nor ended). */
    public boolean isLive() {
        return this == PENDING || this == SIGNED;
    }
}
