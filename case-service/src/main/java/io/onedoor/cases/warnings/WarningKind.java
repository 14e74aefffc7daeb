package io.onedoor.cases.warnings;

import io.onedoor.cases.clocks.AlarmPhase;
import io.onedoor.cases.matter.ClockKind;
import io.onedoor.cases.matter.Light;
import java.util.Optional;

/** What a warning says (the spec's {@code WarningKind}), and which alarm raises which. */
public enum WarningKind {
    /** An assignment unsigned at its response due (未按时签收). */
    UNSIGNED,
    /** A whistled department not arrived by its arrival due (未按时报到). */
    ARRIVAL_LATE,
    /** A clock turned yellow. */
    DUE_SOON,
    /** A clock turned red. */
    OVERDUE,
    /** An instalment unpaid past its due day. */
    INSTALMENT_MISSED;

    /**
     * The warning a clock's alarm raises: any clock turning yellow is due soon; turning red, a
     * sign-off is unsigned, an arrival late, an instalment missed, anything else overdue. Other
     * phases (supervision of an unsigned assignment, a paused matter's resumption) raise none.
     */
    public static Optional<WarningKind> raisedBy(ClockKind clock, AlarmPhase phase) {
        return switch (phase) {
            case YELLOW -> Optional.of(DUE_SOON);
            case RED ->
                Optional.of(
                        switch (clock) {
                            case SIGN_OFF -> UNSIGNED;
                            case ARRIVAL -> ARRIVAL_LATE;
                            case INSTALMENT -> INSTALMENT_MISSED;
                            default -> OVERDUE;
                        });
            case SUPERVISE_UNSIGNED, RESUME -> Optional.empty();
        };
    }

    /** The light the clock shows when this warning is raised. */
    public Light light() {
        return this == DUE_SOON ? Light.YELLOW : Light.RED;
    }
}
