package io.onedoor.cases.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long an Idempotency-Key answers its first registration, and how expired ones are cleared.
 *
 * @param ttl how long a key is remembered (24 hours, as the IETF draft and Stripe keep them);
 *     after it the same key registers anew
 * @param sweepInterval the pause between two clean-ups (the first runs one interval after start)
 * @param batchSize how many expired records one short transaction deletes
 */
@ConfigurationProperties("onedoor.case.idempotency")
@Validated
record IdempotencyProperties(
        @DefaultValue("24h") @DurationMin(minutes = 1) @DurationMax(days = 30)
        Duration ttl,

        @DefaultValue("15m") @DurationMin(seconds = 1) @DurationMax(days = 1)
        Duration sweepInterval,

        @DefaultValue("1000") @Min(1) @Max(10_000) int batchSize) {}
