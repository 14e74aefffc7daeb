package io.onedoor.cases.warnings;

import io.onedoor.cases.matter.Matter;
import io.onedoor.cases.matter.MatterWrites;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Every step of a matter resolves the warnings whose clock it stopped: a signed assignment's
 * unsigned warning, an arrival's late one, a closed matter's overdue closure.
 */
@Component
class WarningResolutions implements MatterWrites {

    private final Warnings warnings;

    WarningResolutions(Warnings warnings) {
        this.warnings = warnings;
    }

    @Override
    public void written(Matter matter, Instant now) {
        // A matter just registered (version 0) has never rung: no statement on the intake path.
        if (matter.version() == 0) {
            return;
        }
        warnings.resolveStopped(matter, now);
    }
}
