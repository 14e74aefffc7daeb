package io.onedoor.cases.matter;

/** How a mediation session was held. */
public enum MediationMode {
    /** With the parties together in one room. */
    JOINT,
    /** 背对背: the mediator meets each side apart and carries the offers between them. */
    BACK_TO_BACK
}
