package io.onedoor.cases.matter;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One step of a matter's life as its timeline records it: what happened, when, by whom, for which
 * department, and what changed. Raised by the aggregate; written once and never changed.
 *
 * @param details what changed, by field, with no personal data in clear
 */
public record MatterEvent(
        String kind, Instant at, String actor, @Nullable String department, Map<String, Object> details) {

    public MatterEvent {
        details = Map.copyOf(details);
    }
}
