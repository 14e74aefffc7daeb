package io.onedoor.cases.clocks;

import java.time.Instant;
import java.util.List;

/**
 * What happens when a timer rings. Called exactly once per timer, with the alarm's tenant bound
 * (CurrentTenant, the log's MDC and the session's schema) and inside the transaction that marks
 * the timer rung in the index: whatever the listener writes commits with that mark or not at all
 * (a listener that throws rolls back the mark, and the alarm rings again after its lease).
 */
@FunctionalInterface
public interface AlarmListener {

    void rang(Alarm alarm, Instant now);

    /**
     * The alarms of one firing transaction (all of one tenant), earliest first: by default each
     * in turn. A listener that can handle them together, in one statement, overrides this.
     */
    default void rangAll(List<Alarm> alarms, Instant now) {
        for (Alarm alarm : alarms) {
            rang(alarm, now);
        }
    }
}
