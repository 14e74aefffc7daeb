package io.onedoor.cases.matter;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A summons (吹哨) as the center's configuration shapes it: the department called, the host
 * window it is reached through (互助托管), and when it must have arrived.
 *
 * @param host for an ON_CALL department, its host; null for a department that is its own window
 * @param arrivalDueAt the summons time plus the department's arrival SLA
 */
public record WhistleCall(String department, @Nullable String host, String reason, Instant arrivalDueAt) {

    public WhistleCall {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(arrivalDueAt, "arrivalDueAt");
    }
}
