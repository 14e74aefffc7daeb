package io.onedoor.cases.clocks;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How this replica fires timers.
 *
 * @param enabled whether it polls at all (off, {@link TimerPoller#drain()} still fires what is due
 *     when called, as tests do)
 * @param pollInterval the pause between two polls; a poll that finds a full batch claims the next
 *     one at once, so the pause only ever follows a poll that emptied what was due
 * @param batchSize how many due timers one statement claims, across all tenants
 * @param lease how long a claim keeps other replicas off the claimed timers: a replica that dies
 *     holding them leaves them to be claimed again after it. Longer than a batch takes to fire.
 * @param parallelism how many tenants' timers fire at once, each in a transaction and on a pooled
 *     connection of its own: keep it well below the pool's size
 */
@ConfigurationProperties("onedoor.case.timers")
@Validated
public record TimerProperties(
        @DefaultValue("true") boolean enabled,

        @DefaultValue("1s") @DurationMin(millis = 10) @DurationMax(minutes = 10)
        Duration pollInterval,

        @DefaultValue("500") @Min(1) @Max(10_000) int batchSize,

        @DefaultValue("30s") @DurationMin(millis = 100) @DurationMax(hours = 1)
        Duration lease,

        @DefaultValue("4") @Min(1) @Max(32) int parallelism) {}
