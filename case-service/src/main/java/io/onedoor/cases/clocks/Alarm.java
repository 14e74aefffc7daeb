package io.onedoor.cases.clocks;

import io.onedoor.support.tenancy.TenantCode;

/** A timer that rang: handed once to every {@link AlarmListener}, in its tenant's scope. */
public record Alarm(TenantCode tenant, TimerOwner owner, Timer timer) {

    public AlarmPhase phase() {
        return timer.phase();
    }
}
