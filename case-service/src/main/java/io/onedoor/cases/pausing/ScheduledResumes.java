package io.onedoor.cases.pausing;

import io.onedoor.cases.clocks.Alarm;
import io.onedoor.cases.clocks.AlarmListener;
import io.onedoor.cases.clocks.AlarmPhase;
import io.onedoor.cases.clocks.TimerOwner;
import io.onedoor.cases.configuration.ConfigurationSnapshots;
import io.onedoor.cases.lifecycle.MatterSteps;
import io.onedoor.cases.matter.MatterId;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A paused matter resumed on the date set when it was paused: the RESUME alarm of a matter,
 * handled in the alarm's transaction (the tenant bound) as the platform's own step, through the
 * matter's {@code resume} like a resume by hand. The pause ends at its set date, not at the moment
 * the alarm rang, so the due times move by exactly the working time the pause was meant to cover.
 * A matter resumed by hand before that, or paused again with another date, is left alone.
 */
@Component
class ScheduledResumes implements AlarmListener {

    private static final Logger log = LoggerFactory.getLogger(ScheduledResumes.class);

    static final String REMARKS = "resumed on the date set when it was paused";

    private final MatterSteps steps;
    private final ConfigurationSnapshots configurations;

    ScheduledResumes(MatterSteps steps, ConfigurationSnapshots configurations) {
        this.steps = steps;
        this.configurations = configurations;
    }

    @Override
    public void rang(Alarm alarm, Instant now) {
        if (alarm.phase() != AlarmPhase.RESUME || alarm.owner().kind() != TimerOwner.Kind.MATTER) {
            return;
        }
        var resumed =
                steps.takeBySystem(new MatterId(alarm.owner().id()), now, (matter, actor, at) -> matter.resumesAt()
                        .filter(due -> !due.isAfter(at))
                        .ifPresent(due -> matter.resume(
                                REMARKS,
                                actor,
                                due,
                                configurations.of(alarm.tenant()).workingTime())));
        if (resumed.isEmpty()) {
            log.warn(
                    "a RESUME alarm rang for matter {}, which does not exist",
                    alarm.owner().id());
        }
    }
}
