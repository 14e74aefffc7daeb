package io.onedoor.cases.matter;

/** Where a matter is in its life; later issues add triage, dispatch, handling and closing. */
public enum MatterStatus {
    REGISTERED
}
