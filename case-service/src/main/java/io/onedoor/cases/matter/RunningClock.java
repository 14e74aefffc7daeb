package io.onedoor.cases.matter;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A clock of a matter that is running now: it stops (and is no longer listed) once the step it
 * waits for is taken.
 *
 * @param subject what the clock belongs to: {@link #MATTER} for the matter itself, else the id of
 *     an assignment, whistle or lock, or an instalment's number
 * @param department the department that must act, where one does
 */
public record RunningClock(
        ClockKind kind, String subject, @Nullable String department, Instant startedAt, Instant dueAt) {

    public static final String MATTER = "matter";

    public ClockFamily family() {
        return kind.family();
    }
}
