package io.onedoor.cases.matter;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the center's standard path for the matter's category sets at intake: its class, the
 * department that leads it, and its deadlines. A deadline is absent when none applies, or, for
 * the closure date, when the working calendar does not reach far enough to count it exactly.
 *
 * @param leadDepartment the lead department's code, if the standard path names one
 * @param responseDueAt when the center must have responded
 * @param closureDueOn the last day (in China) on which the matter is closed in time
 */
public record MatterTerms(
        Complexity complexity,
        @Nullable String leadDepartment,
        @Nullable Instant responseDueAt,
        @Nullable LocalDate closureDueOn) {

    /** Terms with no standard path at all: a NORMAL matter, no lead, no deadlines. */
    public static final MatterTerms NONE = new MatterTerms(Complexity.NORMAL, null, null, null);

    public MatterTerms {
        if (leadDepartment != null && (leadDepartment.isBlank() || leadDepartment.length() > 64)) {
            throw new InvalidValueException("a lead department code must have 1 to 64 characters");
        }
    }
}
