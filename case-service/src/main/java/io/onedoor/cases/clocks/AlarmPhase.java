package io.onedoor.cases.clocks;

/** The moments of a clock a timer rings at. */
public enum AlarmPhase {
    /** The clock's light turns yellow. */
    YELLOW,
    /** The clock is due: its light turns red. */
    RED,
    /** An assignment is still unsigned the configured time past its response due: supervise it. */
    SUPERVISE_UNSIGNED,
    /** A paused matter's set date to resume has come. */
    RESUME
}
