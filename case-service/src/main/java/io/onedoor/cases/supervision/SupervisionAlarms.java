package io.onedoor.cases.supervision;

import io.onedoor.cases.clocks.Alarm;
import io.onedoor.cases.clocks.AlarmListener;
import io.onedoor.cases.clocks.AlarmPhase;
import io.onedoor.cases.matter.ClockKind;
import io.onedoor.cases.matter.Matter;
import io.onedoor.cases.matter.MatterId;
import io.onedoor.cases.matter.Matters;
import io.onedoor.cases.matter.RunningClock;
import io.onedoor.cases.notifications.ClockLabels;
import io.onedoor.cases.notifications.Recipient;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What rings for supervision. A matter's clock turning red opens an item: its response, closure
 * or petition clock for the matter (MATTER_OVERDUE, answered by its lead department or the
 * center), an assignment's handling (ASSIGNMENT_OVERDUE) or a lock's (LOCK_MISSED) for its
 * department; an assignment still unsigned the set time past its response due opens UNSIGNED. The
 * matter is read again first: an alarm whose clock no longer runs opens nothing. An item's own
 * timers remind its responsible unit (催办) at its yellow and at its due.
 *
 * <p>Writing the matter's timeline takes its row without waiting: while a step of the matter holds
 * it, the alarm fails ({@code jakarta.persistence.LockTimeoutException}), its transaction rolls back
 * with the timer it removed, and it rings again later (see {@link Supervisions}).
 */
@Component
class SupervisionAlarms implements AlarmListener {

    private static final Logger log = LoggerFactory.getLogger(SupervisionAlarms.class);

    private final Matters matters;
    private final Supervisions supervisions;

    SupervisionAlarms(Matters matters, Supervisions supervisions) {
        this.matters = matters;
        this.supervisions = supervisions;
    }

    @Override
    public void rang(Alarm alarm, Instant now) {
        switch (alarm.owner().kind()) {
            case SUPERVISION -> supervisions.remindOnAlarm(alarm.owner().id(), alarm.phase(), now);
            case MATTER -> matterAlarm(alarm, now);
        }
    }

    private void matterAlarm(Alarm alarm, Instant now) {
        // Supervision of an unsigned assignment waits on its sign-off clock, whatever clock the
        // timer names; any other phase on the clock the timer names.
        Optional<ClockKind> named = alarm.phase() == AlarmPhase.SUPERVISE_UNSIGNED
                ? Optional.of(ClockKind.SIGN_OFF)
                : Arrays.stream(ClockKind.values())
                        .filter(kind -> kind.name().equals(alarm.timer().clock()))
                        .findFirst();
        if (named.isEmpty()) {
            return;
        }
        Optional<SupervisionTrigger> trigger = triggerOf(named.get(), alarm.phase());
        if (trigger.isEmpty()) {
            return;
        }
        ClockKind kind = named.get();
        String subject = alarm.timer().subject();
        Optional<Matter> matter = matters.findById(new MatterId(alarm.owner().id()));
        Optional<RunningClock> clock = matter.flatMap(found -> found.runningClocks().stream()
                .filter(running -> running.kind() == kind && running.subject().equals(subject))
                .findFirst());
        if (clock.isEmpty()) {
            log.debug("{} alarm of a clock no longer running; no supervision", alarm.phase());
            return;
        }
        Matter found = matter.get();
        RunningClock running = clock.get();
        String lead = found.leadDepartment().orElse(Recipient.CENTER);
        switch (trigger.get()) {
            case MATTER_OVERDUE ->
                supervisions.openAutomatically(
                        found,
                        SupervisionTrigger.MATTER_OVERDUE,
                        RunningClock.MATTER,
                        null,
                        lead,
                        ClockLabels.of(kind) + "已超期",
                        now);
            case ASSIGNMENT_OVERDUE, UNSIGNED ->
                supervisions.openAutomatically(
                        found,
                        trigger.get(),
                        subject,
                        UUID.fromString(subject),
                        running.department() != null ? running.department() : lead,
                        trigger.get() == SupervisionTrigger.UNSIGNED ? "交办超过签收时限仍未签收" : ClockLabels.of(kind) + "已超期",
                        now);
            case LOCK_MISSED ->
                supervisions.openAutomatically(
                        found,
                        SupervisionTrigger.LOCK_MISSED,
                        subject,
                        null,
                        running.department() != null ? running.department() : lead,
                        ClockLabels.of(kind) + "已超期",
                        now);
            default -> throw new IllegalStateException("no clock opens " + trigger.get());
        }
    }

    /** The trigger of an item a matter's alarm opens, if it opens one. */
    static Optional<SupervisionTrigger> triggerOf(ClockKind clock, AlarmPhase phase) {
        if (phase == AlarmPhase.SUPERVISE_UNSIGNED) {
            return Optional.of(SupervisionTrigger.UNSIGNED);
        }
        if (phase != AlarmPhase.RED) {
            return Optional.empty();
        }
        return switch (clock) {
            case RESPONSE, CLOSURE, PETITION -> Optional.of(SupervisionTrigger.MATTER_OVERDUE);
            case HANDLING -> Optional.of(SupervisionTrigger.ASSIGNMENT_OVERDUE);
            case LOCK -> Optional.of(SupervisionTrigger.LOCK_MISSED);
            default -> Optional.empty();
        };
    }
}
