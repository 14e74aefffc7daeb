package io.onedoor.cases.clocks;

import java.util.Collection;

/**
 * The timers of the bound tenant's owners. Written in the caller's transaction, so a step and the
 * timers it leaves are whole together: a step taken before a due time removes its timer.
 */
public interface Timers {

    /** Makes the owner's timers exactly these: new ones added, moved ones moved, the rest removed. */
    void replace(TimerOwner owner, Collection<Timer> timers);
}
