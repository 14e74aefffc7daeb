package io.onedoor.cases.clocks;

import io.onedoor.cases.matter.ClockKind;
import io.onedoor.cases.matter.LightPolicies;
import io.onedoor.cases.matter.LightPolicy;
import io.onedoor.cases.matter.Matter;
import io.onedoor.cases.matter.MatterWrites;
import io.onedoor.cases.matter.RunningClock;
import io.onedoor.support.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every write of a matter leaves its timers as its running clocks and the center's light policy
 * give them, in the writing transaction, and sets its stored light. A clock whose step is taken
 * stops running, so its timers go: a step taken before a due time cancels the alarm.
 *
 * <p>Each running clock has a red timer at its due moment and, if the policy's yellow moment comes
 * before that, a yellow one; an assignment waiting for its sign-off also has one for supervision,
 * the policy's {@code superviseUnsignedAfter} past its response due (a plain duration, not working
 * time: "still unsigned an hour after it was due").
 */
@Component
class MatterTimers implements MatterWrites {

    /** The clock of a paused matter's resume timer: not one of the matter's {@link ClockKind}s. */
    static final String PAUSE = "PAUSE";

    private final TimerIndex index;
    private final MatterLights lights;
    private final LightPolicies policies;

    MatterTimers(TimerIndex index, MatterLights lights, LightPolicies policies) {
        this.index = index;
        this.lights = lights;
        this.policies = policies;
    }

    @Override
    public void written(Matter matter, Instant now) {
        LightPolicy policy = policies.of(CurrentTenant.require());
        index.replace(
                TimerOwner.matter(matter.id().value()), timers(matter.runningClocks(), matter.resumesAt(), policy));
        lights.refresh(matter.id().value(), now);
    }

    static List<Timer> timers(List<RunningClock> clocks, Optional<Instant> resumesAt, LightPolicy policy) {
        List<Timer> timers = new ArrayList<>();
        for (RunningClock clock : clocks) {
            String kind = clock.kind().name();
            Instant yellow = policy.yellowAt(clock);
            if (yellow.isBefore(clock.dueAt())) {
                timers.add(new Timer(kind, clock.subject(), AlarmPhase.YELLOW, yellow));
            }
            timers.add(new Timer(kind, clock.subject(), AlarmPhase.RED, clock.dueAt()));
            if (clock.kind() == ClockKind.SIGN_OFF) {
                timers.add(new Timer(
                        kind,
                        clock.subject(),
                        AlarmPhase.SUPERVISE_UNSIGNED,
                        clock.dueAt().plus(policy.superviseUnsignedAfter())));
            }
        }
        resumesAt.ifPresent(at -> timers.add(new Timer(PAUSE, RunningClock.MATTER, AlarmPhase.RESUME, at)));
        return timers;
    }
}
