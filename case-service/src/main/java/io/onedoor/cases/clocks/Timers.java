package io.onedoor.cases.clocks;

import java.util.Collection;

/**
 * The timers of the bound tenant's owners. Written in the caller's transaction, so a step and the
 * timers it leaves are whole together: a step taken before a due time removes its timer.
 */
public interface Timers {

    /**
     * Makes the owner's timers exactly these: new ones added, moved ones moved (to ring again at
     * their new moment), the rest removed. One that has rung and is given again at the same
     * moment stays rung: writing an overdue owner's timers again rings nothing twice.
     */
    void replace(TimerOwner owner, Collection<Timer> timers);
}
