package io.onedoor.cases.matter;

/** Where an extension stands: asked for, then approved or refused by a supervisor, once. */
public enum ExtensionStatus {
    PENDING,
    APPROVED,
    REFUSED
}
