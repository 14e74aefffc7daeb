package io.onedoor.cases.matter;

/**
 * What a clock of a matter times. Which family a clock is in is this one property: every rule
 * that treats families differently (pausing, extension) asks {@link #family()}.
 */
public enum ClockKind {
    /** The center's response to a matter registered and not yet dispatched. */
    RESPONSE(ClockFamily.SLA),
    /** An assignment's sign-off (签收). */
    SIGN_OFF(ClockFamily.SLA),
    /** A whistled department's arrival (报到). */
    ARRIVAL(ClockFamily.SLA),
    /** A department's part of the matter, once signed. */
    HANDLING(ClockFamily.SLA),
    /** A lock's key (一把钥匙开一把锁). */
    LOCK(ClockFamily.SLA),
    /** The matter's closure (办结). */
    CLOSURE(ClockFamily.SLA),
    /** The follow-up visit (回访) of a closed matter. */
    FOLLOW_UP(ClockFamily.SLA),
    /** A petition's statutory 60 days (信访), extendable once by at most 30. */
    PETITION(ClockFamily.STATUTORY),
    /** The parties' 30 days to apply for judicial confirmation (司法确认) of their agreement. */
    JUDICIAL_APPLICATION(ClockFamily.STATUTORY),
    /** The court's 3 days to accept the application. */
    COURT_ACCEPTANCE(ClockFamily.STATUTORY),
    /** A payment instalment's due day. */
    INSTALMENT(ClockFamily.STATUTORY);

    private final ClockFamily family;

    ClockKind(ClockFamily family) {
        this.family = family;
    }

    public ClockFamily family() {
        return family;
    }
}
