package io.onedoor.cases.matter;

/** The clock an extension (延期) moves. */
public enum ExtensionClock {
    /** The matter's closure due, by working days. */
    CLOSURE,
    /** A petition's statutory clock (信访), by calendar days: at most 30, once. */
    PETITION
}
