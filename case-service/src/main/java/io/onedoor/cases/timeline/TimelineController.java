package io.onedoor.cases.timeline;

import io.onedoor.api.cases.TimelineApi;
import io.onedoor.api.cases.model.MatterStep;
import io.onedoor.api.cases.model.MatterTimeline;
import io.onedoor.cases.configuration.ConfigurationSnapshots;
import io.onedoor.cases.ledger.Ledger;
import io.onedoor.cases.matter.MatterId;
import io.onedoor.cases.matter.MatterReach;
import io.onedoor.cases.tenancy.BoundTenant;
import io.onedoor.support.access.RequestCaller;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.web.ProblemException;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** A matter's timeline over HTTP, for whoever may read the matter. */
@RestController
class TimelineController implements TimelineApi {

    private final Timeline timeline;
    private final Ledger ledger;
    private final ConfigurationSnapshots configurations;

    TimelineController(Timeline timeline, Ledger ledger, ConfigurationSnapshots configurations) {
        this.timeline = timeline;
        this.ledger = ledger;
        this.configurations = configurations;
    }

    @Override
    public ResponseEntity<MatterTimeline> getMatterTimeline(String tenant, UUID matterId) {
        TenantCode code = BoundTenant.matching(tenant);
        MatterId id = new MatterId(matterId);
        // The same answer as for the matter itself: a matter out of reach does not exist.
        ledger.matter(id, MatterReach.toRead(RequestCaller.require(), unit -> configurations
                        .of(code)
                        .subtree(unit)))
                .orElseThrow(() -> ProblemException.of(
                        HttpStatus.NOT_FOUND, "matter-not-found", "Unknown matter", "No such matter."));
        var items = timeline.of(id).stream()
                .map(entry -> new MatterStep(
                                entry.sequence(),
                                entry.kind(),
                                entry.at().atOffset(ZoneOffset.UTC),
                                entry.actor(),
                                entry.details())
                        .department(entry.department()))
                .toList();
        return ResponseEntity.ok(new MatterTimeline(items));
    }
}
