package io.onedoor.cases.intake;

import io.onedoor.cases.configuration.CenterConfiguration;
import io.onedoor.cases.configuration.ConfigurationSnapshots;
import io.onedoor.cases.configuration.FollowUpProperties;
import io.onedoor.cases.matter.Actor;
import io.onedoor.cases.matter.Matter;
import io.onedoor.cases.matter.MatterId;
import io.onedoor.cases.matter.MatterIntake;
import io.onedoor.cases.matter.MatterReach;
import io.onedoor.cases.matter.MatterWrites;
import io.onedoor.cases.matter.Matters;
import io.onedoor.cases.matter.NewMatters;
import io.onedoor.cases.matter.Outcome;
import io.onedoor.cases.matter.StepRefusedException;
import io.onedoor.cases.timeline.Timeline;
import io.onedoor.support.tenancy.TenantCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Registers (受理) matters, checked against and classed by the center's configuration. The
 * matter, its parties, its number and its idempotency record are written in one transaction:
 * all of them or none.
 */
@Service
public class Intake {

    private final Matters matters;
    private final NewMatters newMatters;
    private final MatterNumbering numbering;
    private final IdempotencyRecords idempotency;
    private final ConfigurationSnapshots configurations;
    private final TransactionOperations transactions;
    private final Timeline timeline;
    private final FollowUpProperties followUps;
    private final Clock clock;

    private final List<MatterWrites> writes;

    Intake(
            Matters matters,
            NewMatters newMatters,
            MatterNumbering numbering,
            IdempotencyRecords idempotency,
            ConfigurationSnapshots configurations,
            TransactionOperations transactions,
            Timeline timeline,
            FollowUpProperties followUps,
            Clock clock,
            List<MatterWrites> writes) {
        this.writes = writes;
        this.matters = matters;
        this.newMatters = newMatters;
        this.numbering = numbering;
        this.idempotency = idempotency;
        this.configurations = configurations;
        this.transactions = transactions;
        this.timeline = timeline;
        this.followUps = followUps;
        this.clock = clock;
    }

    /**
     * Registers the matter, or, for a key already used with the same request, answers the matter
     * that request registered. A key already used with another request is refused (422). A
     * matter at an org unit outside the caller's reach is refused (403 naming orgUnitCode) before
     * anything is written or any key is looked at, so a replay cannot reach it either.
     *
     * <p>A new matter must name a category and an org unit the center has and has not retired
     * (422 naming each one at fault); it takes its class, lead department and deadlines from its
     * category's standard path. Without the center's configuration nothing is registered (503).
     * A replay is answered as it was registered, even if the configuration changed since.
     *
     * <p>With {@code onTheSpot}, a SIMPLE matter is registered resolved and closed at once, its
     * follow-up visit due as for any closed matter; a matter of another class is refused (422
     * naming {@code resolution}) and nothing is written.
     */
    public Registration register(
            TenantCode tenant,
            MatterIntake intake,
            @Nullable OnTheSpot onTheSpot,
            @Nullable IdempotencyKey key,
            MatterReach reach,
            Actor actor) {
        if (!reach.covers(intake.orgUnit())) {
            throw new OutOfReachException();
        }
        // Before the transaction: reading it may take a call to tenant-service, which must not
        // hold a database connection meanwhile.
        CenterConfiguration center = configurations.of(tenant);
        return Objects.requireNonNull(transactions.execute(status -> register(center, intake, onTheSpot, key, actor)));
    }

    private Registration register(
            CenterConfiguration center,
            MatterIntake intake,
            @Nullable OnTheSpot onTheSpot,
            @Nullable IdempotencyKey key,
            Actor actor) {
        MatterId id = MatterId.random();
        // PostgreSQL keeps microseconds: the deadlines are counted from the instant it stores.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (key != null) {
            var earlier = idempotency.claim(key, id, now);
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash().equals(key.requestHash())) {
                    throw new IdempotencyKeyReusedException();
                }
                Matter original =
                        matters.findById(earlier.get().matter()).orElseThrow().whole();
                return new Registration(original, true);
            }
        }
        var refusals = center.refusals(intake);
        if (!refusals.isEmpty()) {
            // Rolls the key's claim back with everything else.
            throw new NotInConfigurationException(refusals.stream()
                    .map(refusal -> Map.entry(refusal.field(), refusal.message()))
                    .toList());
        }
        Matter matter = Matter.register(id, numbering.next(now), intake, center.termsFor(intake, now), now, actor);
        if (onTheSpot != null) {
            resolve(matter, onTheSpot, followUps.dueOn(center, now).orElse(null), actor, now);
        }
        newMatters.write(matter);
        timeline.append(matter.id(), matter.drainEvents());
        writes.forEach(write -> write.written(matter, now));
        return new Registration(matter, false);
    }

    /** The matter resolved with the outcome given at the window; a refusal names its field inside {@code resolution}. */
    private static void resolve(
            Matter matter, OnTheSpot onTheSpot, @Nullable LocalDate followUpDueOn, Actor actor, Instant now) {
        try {
            Outcome outcome = new Outcome(
                    onTheSpot.kind(),
                    onTheSpot.summary(),
                    onTheSpot.amountFen(),
                    onTheSpot.reason(),
                    onTheSpot.court(),
                    onTheSpot.agreementEffectiveOn(),
                    now);
            matter.resolveOnTheSpot(outcome, onTheSpot.instalments(), followUpDueOn, actor);
        } catch (StepRefusedException e) {
            Map<String, String> fields = new LinkedHashMap<>();
            // The matter's own refusal of the resolution (not SIMPLE) already names it.
            e.inOrder()
                    .forEach(field -> fields.put(
                            field.getKey().equals("resolution") ? "resolution" : "resolution." + field.getKey(),
                            field.getValue()));
            throw new StepRefusedException(fields);
        }
    }

    /** A registered matter, and whether it was registered by an earlier request with the same key. */
    public record Registration(Matter matter, boolean replayed) {}
}
