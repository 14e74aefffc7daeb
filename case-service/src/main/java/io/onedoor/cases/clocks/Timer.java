package io.onedoor.cases.clocks;

import java.time.Instant;

/**
 * One moment an owner waits for: its clock (a {@code ClockKind}'s name, or the owner's own clock),
 * the clock's subject (see {@code RunningClock#subject}), the phase and when it rings. Holds no
 * personal data: it goes into the platform-level index.
 */
public record Timer(String clock, String subject, AlarmPhase phase, Instant firesAt) {}
