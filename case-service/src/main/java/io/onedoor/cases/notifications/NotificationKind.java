package io.onedoor.cases.notifications;

/** What a notification is about (the spec's {@code NotificationKind}). */
public enum NotificationKind {
    /** A clock raised a warning. */
    WARNING,
    /** A supervision item was opened. */
    SUPERVISION_OPENED,
    /** An item was reminded (催办), by a supervisor or automatically at its yellow and red. */
    SUPERVISION_REMINDER,
    /** An item moved by another step, closing included. */
    SUPERVISION_STEP,
    /** A closure due's extension was asked for. */
    EXTENSION_REQUESTED,
    /** A closure due's extension was approved or refused. */
    EXTENSION_DECIDED
}
