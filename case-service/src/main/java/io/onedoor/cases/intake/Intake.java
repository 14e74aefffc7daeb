package io.onedoor.cases.intake;

import io.onedoor.cases.matter.Matter;
import io.onedoor.cases.matter.MatterId;
import io.onedoor.cases.matter.MatterIntake;
import io.onedoor.cases.matter.MatterReach;
import io.onedoor.cases.matter.Matters;
import io.onedoor.support.web.ProblemException;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers (受理) matters. The matter, its parties, its number and its idempotency record are
 * written in one transaction: all of them or none.
 */
@Service
public class Intake {

    private final Matters matters;
    private final MatterNumbering numbering;
    private final IdempotencyRecords idempotency;
    private final Clock clock;

    Intake(Matters matters, MatterNumbering numbering, IdempotencyRecords idempotency, Clock clock) {
        this.matters = matters;
        this.numbering = numbering;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /**
     * Registers the matter, or, for a key already used with the same request, answers the matter
     * that request registered. A key already used with another request is refused (422). A
     * matter at an org unit outside the caller's reach is refused (403 naming orgUnitCode) before
     * anything is written or any key is looked at, so a replay cannot reach it either.
     */
    @Transactional
    public Registration register(MatterIntake intake, @Nullable IdempotencyKey key, MatterReach reach) {
        if (!reach.covers(intake.orgUnit())) {
            throw ProblemException.field(
                    HttpStatus.FORBIDDEN,
                    "forbidden",
                    "orgUnitCode",
                    "is outside the org units the caller may register matters at");
        }
        MatterId id = MatterId.random();
        Instant now = clock.instant();
        if (key != null) {
            var earlier = idempotency.claim(key, id, now);
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash().equals(key.requestHash())) {
                    throw ProblemException.field(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "idempotency-key-reused",
                            "Idempotency-Key",
                            "was already used with a different request");
                }
                Matter original = matters.findById(earlier.get().matter()).orElseThrow();
                return new Registration(original, true);
            }
        }
        // A later issue checks the category and the org unit against the tenant's configuration
        // snapshot from tenant-service here, refusing unknown ones with 422 naming categoryCode or
        // orgUnitCode; until then their shape is all that is checked (CategoryCode, OrgUnitCode).
        Matter matter = Matter.register(id, numbering.next(now), intake, now);
        return new Registration(matters.save(matter), false);
    }

    /** A registered matter, and whether it was registered by an earlier request with the same key. */
    public record Registration(Matter matter, boolean replayed) {}
}
