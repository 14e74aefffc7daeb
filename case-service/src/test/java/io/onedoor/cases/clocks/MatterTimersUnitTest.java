package io.onedoor.cases.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.matter.ClockKind;
import io.onedoor.cases.matter.LightPolicy;
import io.onedoor.cases.matter.RunningClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which timers a matter's running clocks leave under a center's light policy. */
class MatterTimersUnitTest {

    static final Instant NINE = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void eachClockRingsYellowAtTwoThirdsAndRedWhenDue() {
        var closure =
                new RunningClock(ClockKind.CLOSURE, RunningClock.MATTER, null, NINE, NINE.plus(Duration.ofHours(3)));

        assertThat(MatterTimers.timers(List.of(closure), Optional.empty(), LightPolicy.DEFAULT))
                .containsExactly(
                        // 67 % of three hours: 2 h 0 min 36 s.
                        new Timer("CLOSURE", "matter", AlarmPhase.YELLOW, NINE.plusSeconds(7236)),
                        new Timer("CLOSURE", "matter", AlarmPhase.RED, NINE.plus(Duration.ofHours(3))));
    }

    @Test
    void anUnsignedAssignmentIsSupervisedTheSetTimeAfterItsResponseDue() {
        var signOff = new RunningClock(ClockKind.SIGN_OFF, "7f0c", "hrss", NINE, NINE.plus(Duration.ofMinutes(30)));
        var policy = new LightPolicy(50, Duration.ofMinutes(10), Duration.ofMinutes(90), 3);

        assertThat(MatterTimers.timers(List.of(signOff), Optional.empty(), policy))
                .containsExactly(
                        // Half of 30 minutes comes before the last 10.
                        new Timer("SIGN_OFF", "7f0c", AlarmPhase.YELLOW, NINE.plus(Duration.ofMinutes(15))),
                        new Timer("SIGN_OFF", "7f0c", AlarmPhase.RED, NINE.plus(Duration.ofMinutes(30))),
                        new Timer(
                                "SIGN_OFF", "7f0c", AlarmPhase.SUPERVISE_UNSIGNED, NINE.plus(Duration.ofMinutes(120))));
    }

    @Test
    void aClockDueAtOnceHasNoYellowAndAPausedMatterHasItsResume() {
        var overdue = new RunningClock(ClockKind.INSTALMENT, "2", null, NINE, NINE);
        Instant resume = NINE.plus(Duration.ofDays(5));

        assertThat(MatterTimers.timers(List.of(overdue), Optional.of(resume), LightPolicy.DEFAULT))
                .containsExactly(
                        new Timer("INSTALMENT", "2", AlarmPhase.RED, NINE),
                        new Timer("PAUSE", "matter", AlarmPhase.RESUME, resume));
    }
}
