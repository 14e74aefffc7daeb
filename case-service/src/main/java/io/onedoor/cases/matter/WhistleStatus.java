package io.onedoor.cases.matter;

/** Where a summons stands: awaited until the department reports at the center. */
public enum WhistleStatus {
    AWAITING,
    ARRIVED,
    /** The matter was withdrawn before the department came. */
    CANCELLED
}
