package io.onedoor.cases.supervision;

import io.onedoor.cases.matter.Matter;
import io.onedoor.cases.matter.MatterStatus;
import io.onedoor.cases.matter.MatterWrites;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * What a matter's step does to its supervision: once the matter is closed, followed up or
 * withdrawn, the items its clocks opened close with it (MATTER_CLOSED or WITHDRAWN); a matter
 * marked for supervision by its last unsatisfied follow-up gets its UNSATISFIED item.
 */
@Component
class SupervisionFollowsMatter implements MatterWrites {

    private final Supervisions supervisions;

    SupervisionFollowsMatter(Supervisions supervisions) {
        this.supervisions = supervisions;
    }

    @Override
    public void written(Matter matter, Instant now) {
        // A matter just registered (version 0) has no item: no statement on the intake path.
        if (matter.version() == 0) {
            return;
        }
        MatterStatus status = matter.status();
        if (status == MatterStatus.WITHDRAWN) {
            supervisions.closeWithMatter(matter, SupervisionOutcome.WITHDRAWN, now);
        } else if (status == MatterStatus.CLOSED
                || (status == MatterStatus.FOLLOWED_UP && !matter.supervisionRequired())) {
            supervisions.closeWithMatter(matter, SupervisionOutcome.MATTER_CLOSED, now);
        }
        if (status == MatterStatus.FOLLOWED_UP && matter.supervisionRequired()) {
            supervisions.openUnsatisfied(matter, now);
        }
    }
}
