package io.onedoor.cases.clocks;

import java.util.List;
import java.util.UUID;

/**
 * Locks the rows of one kind of timer owner at the start of a firing transaction, before its
 * timers are marked rung.
 *
 * <p>A step locks its owner's row first (the flush of the matter, say) and its timers' rows after
 * ({@link Timers#replace}); a firing that marked the timers first and then wrote the owner's row
 * (a listener keeping the matter's light) would take the same two locks the other way round, and
 * PostgreSQL would end one of them as a deadlock, perhaps the user's step. Every kind whose
 * listeners write the owner's row provides one of these, so a firing takes its locks in a step's
 * order and at worst waits for the step.
 */
public interface OwnerLocks {

    TimerOwner.Kind kind();

    /** Locks these owners' rows in the bound tenant's schema, in the order given (ascending ids). */
    void lock(List<UUID> owners);
}
