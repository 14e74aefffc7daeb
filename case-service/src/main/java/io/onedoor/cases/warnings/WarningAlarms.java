package io.onedoor.cases.warnings;

import io.onedoor.cases.clocks.Alarm;
import io.onedoor.cases.clocks.AlarmListener;
import io.onedoor.cases.clocks.TimerOwner;
import io.onedoor.cases.matter.ClockKind;
import io.onedoor.cases.matter.Matter;
import io.onedoor.cases.matter.MatterId;
import io.onedoor.cases.matter.Matters;
import io.onedoor.cases.matter.RunningClock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A matter's clock turning yellow or red raises its warning. The matter is read again first: an
 * alarm whose clock no longer runs (the step was taken meanwhile) raises nothing.
 */
@Component
class WarningAlarms implements AlarmListener {

    private static final Logger log = LoggerFactory.getLogger(WarningAlarms.class);

    private final Matters matters;
    private final Warnings warnings;

    WarningAlarms(Matters matters, Warnings warnings) {
        this.matters = matters;
        this.warnings = warnings;
    }

    @Override
    public void rang(Alarm alarm, Instant now) {
        if (alarm.owner().kind() != TimerOwner.Kind.MATTER) {
            return;
        }
        Optional<ClockKind> clockKind = clockKind(alarm.timer().clock());
        if (clockKind.isEmpty()) {
            return;
        }
        Optional<WarningKind> kind = WarningKind.raisedBy(clockKind.get(), alarm.phase());
        if (kind.isEmpty()) {
            return;
        }
        Optional<Matter> matter = matters.findById(new MatterId(alarm.owner().id()));
        Optional<RunningClock> clock = matter.flatMap(found -> found.runningClocks().stream()
                .filter(running -> running.kind() == clockKind.get()
                        && running.subject().equals(alarm.timer().subject()))
                .findFirst());
        if (clock.isEmpty()) {
            log.debug("{} alarm of a clock no longer running; no warning", alarm.phase());
            return;
        }
        warnings.raise(matter.get(), clock.get(), kind.get(), now);
    }

    static Optional<ClockKind> clockKind(String name) {
        return Arrays.stream(ClockKind.values())
                .filter(kind -> kind.name().equals(name))
                .findFirst();
    }
}
