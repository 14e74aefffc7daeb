package io.onedoor.cases.lifecycle;

import io.onedoor.cases.intake.IdempotencyKey;
import io.onedoor.cases.intake.IdempotencyKeyReusedException;
import io.onedoor.cases.intake.IdempotencyRecords;
import io.onedoor.cases.matter.Actor;
import io.onedoor.cases.matter.Matter;
import io.onedoor.cases.matter.MatterId;
import io.onedoor.cases.matter.MatterReach;
import io.onedoor.cases.matter.MatterWrites;
import io.onedoor.cases.matter.Matters;
import io.onedoor.cases.timeline.Timeline;
import io.onedoor.support.web.EntityTags;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Takes one step of one matter, whole or not at all: the matter is loaded (only if the caller
 * reaches it: otherwise it does not exist for them), the step must be decided on the version
 * the caller read (If-Match), the aggregate applies it or refuses it, and the events it raised
 * are appended to the timeline in the same transaction.
 */
@Component
public class MatterSteps {

    private final Matters matters;
    private final IdempotencyRecords idempotency;
    private final Timeline timeline;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final List<MatterWrites> writes;

    MatterSteps(
            Matters matters,
            IdempotencyRecords idempotency,
            Timeline timeline,
            TransactionOperations transactions,
            Clock clock,
            List<MatterWrites> writes) {
        this.writes = writes;
        this.matters = matters;
        this.idempotency = idempotency;
        this.timeline = timeline;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The step applied to the matter; the matter as it is after it, at its new version. */
    public Matter take(MatterId id, @Nullable String ifMatch, MatterReach reach, Actor actor, Action action) {
        return take(id, ifMatch, null, reach, actor, action);
    }

    /**
     * The step applied to the matter, once: with an Idempotency-Key already used for this very
     * request, nothing is done again and the matter is answered as it is now (whatever If-Match
     * the retry carries: it is the one the first attempt was decided on). The key is claimed in
     * the step's transaction, so a step that fails leaves it free.
     */
    public Matter take(
            MatterId id,
            @Nullable String ifMatch,
            @Nullable IdempotencyKey key,
            MatterReach reach,
            Actor actor,
            Action action) {
        return Objects.requireNonNull(transactions.execute(status -> {
            Matter matter = matters.findById(id)
                    .filter(found -> reach.covers(found.orgUnit()))
                    .orElseThrow(MatterNotFoundException::new);
            // PostgreSQL keeps microseconds: every instant a step stores is truncated to them.
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            if (key != null) {
                var earlier = idempotency.claim(key, id, now);
                if (earlier.isPresent()) {
                    if (!earlier.get().requestHash().equals(key.requestHash())
                            || !earlier.get().matter().equals(id)) {
                        throw new IdempotencyKeyReusedException();
                    }
                    return matter.whole();
                }
            }
            if (ifMatch == null || ifMatch.isBlank()) {
                throw new PreconditionRequiredException();
            }
            if (!EntityTags.matches(ifMatch, matter.version())) {
                throw new StaleMatterException(matter.version());
            }
            action.apply(matter, actor, now);
            matters.flush();
            timeline.append(matter.id(), matter.drainEvents());
            writes.forEach(write -> write.written(matter, now));
            return matter.whole();
        }));
    }

    /**
     * A step the platform takes by itself (a pause's set date come), as {@link #SYSTEM}, within
     * the caller's transaction if one is open (an alarm's, which removes the timer with it) or a
     * new one: no If-Match (nobody read the matter to decide it) and no reach (the platform acts
     * for the whole center). Empty if the matter does not exist.
     */
    public Optional<Matter> takeBySystem(MatterId id, Instant at, Action action) {
        return Objects.requireNonNull(
                transactions.execute(status -> matters.findById(id).map(matter -> {
                    Instant now = at.truncatedTo(ChronoUnit.MICROS);
                    action.apply(matter, SYSTEM, now);
                    matters.flush();
                    timeline.append(matter.id(), matter.drainEvents());
                    writes.forEach(write -> write.written(matter, now));
                    return matter;
                })));
    }

    /** Who the timeline names for a step the platform took by itself. */
    public static final Actor SYSTEM = new Actor("system", null);

    /** What a step does to the matter (through its own methods, which check that it may). */
    @FunctionalInterface
    public interface Action {
        void apply(Matter matter, Actor actor, Instant now);
    }
}
