package io.onedoor.cases.matter;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A department a dispatch assigns the matter to, with its deadlines as the center's calendar
 * counts them.
 *
 * @param host for an ON_CALL department, the resident department whose window reaches it (互助托管)
 * @param responseDueAt when the department must have signed; null if no deadline applies
 * @param handlingDueOn the last working day for its part; null if no deadline applies
 * @param nextDutyOn for a ROTATING department off duty on the day of the dispatch, the next day it
 *     is at the center; null otherwise
 */
public record AssignmentPlan(
        String department,
        AssignmentRole role,
        @Nullable String host,
        @Nullable Instant responseDueAt,
        @Nullable LocalDate handlingDueOn,
        @Nullable LocalDate nextDutyOn) {

    /** A plan for a department at the center (or reachable) on the day of the dispatch. */
    public AssignmentPlan(
            String department,
            AssignmentRole role,
            @Nullable String host,
            @Nullable Instant responseDueAt,
            @Nullable LocalDate handlingDueOn) {
        this(department, role, host, responseDueAt, handlingDueOn, null);
    }

    public AssignmentPlan {
        if (department.isBlank() || department.length() > 64) {
            throw new InvalidValueException("a department code must have 1 to 64 characters");
        }
    }
}
