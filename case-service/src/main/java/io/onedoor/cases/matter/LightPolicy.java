package io.onedoor.cases.matter;

import java.time.Duration;
import java.time.Instant;

/**
 * When a center's lights turn (its configuration's {@code calendar.lights}): yellow once {@code
 * yellowAtPercent} of a clock's time is used or less than {@code yellowWithin} is left, whichever
 * comes first; red once the clock is due. Also how long an assignment may stay unsigned past its
 * response due before it is put under supervision, and how long an item opened by itself runs.
 */
public record LightPolicy(
        int yellowAtPercent, Duration yellowWithin, Duration superviseUnsignedAfter, int supervisionWorkingDays) {

    /** Two thirds, no minimum time left, supervision 60 minutes past an unsigned response due, 3 days. */
    public static final LightPolicy DEFAULT = new LightPolicy(67, Duration.ZERO, Duration.ofMinutes(60), 3);

    public LightPolicy {
        if (yellowAtPercent < 1 || yellowAtPercent > 99) {
            throw new IllegalArgumentException("yellowAtPercent must be 1..99");
        }
        if (yellowWithin.isNegative() || superviseUnsignedAfter.isNegative() || supervisionWorkingDays < 1) {
            throw new IllegalArgumentException("durations cannot be negative");
        }
    }

    /** The moment the clock's light turns yellow: never before it starts nor after it is due. */
    public Instant yellowAt(RunningClock clock) {
        return yellowAt(clock.startedAt(), clock.dueAt());
    }

    public Instant yellowAt(Instant startedAt, Instant dueAt) {
        if (!dueAt.isAfter(startedAt)) {
            return dueAt;
        }
        long span = Duration.between(startedAt, dueAt).toMillis();
        Instant byShare = startedAt.plusMillis(Math.floorDiv(span * yellowAtPercent, 100));
        Instant byTimeLeft = dueAt.minus(yellowWithin);
        Instant yellow = byShare.isBefore(byTimeLeft) ? byShare : byTimeLeft;
        return yellow.isBefore(startedAt) ? startedAt : yellow;
    }

    public Light lightOf(RunningClock clock, Instant now) {
        return lightOf(clock.startedAt(), clock.dueAt(), now);
    }

    /** RED from the due moment on, YELLOW from {@link #yellowAt}, GREEN before. */
    public Light lightOf(Instant startedAt, Instant dueAt, Instant now) {
        if (!now.isBefore(dueAt)) {
            return Light.RED;
        }
        return now.isBefore(yellowAt(startedAt, dueAt)) ? Light.GREEN : Light.YELLOW;
    }
}
