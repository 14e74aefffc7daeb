package io.onedoor.cases.matter;

/** What an assigned department does for the matter: leads it (牵头) or helps (协办). */
public enum AssignmentRole {
    LEAD,
    CO_HANDLER
}
