package io.onedoor.cases.clocks;

import java.time.Instant;

/**
 * What happens when a timer rings. Called exactly once per timer, with the alarm's tenant bound
 * (CurrentTenant, the log's MDC and the session's schema) and inside the transaction that removes
 * the timer from the index: whatever the listener writes commits with that removal or not at all.
 */
@FunctionalInterface
public interface AlarmListener {

    void rang(Alarm alarm, Instant now);
}
