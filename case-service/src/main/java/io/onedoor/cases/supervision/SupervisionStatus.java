package io.onedoor.cases.supervision;

/** An item is open until closed after verification, or with its matter. */
public enum SupervisionStatus {
    OPEN,
    CLOSED
}
