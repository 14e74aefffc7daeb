package io.onedoor.cases.web;

import io.onedoor.api.cases.model.Matter;
import io.onedoor.cases.configuration.CenterConfiguration;
import io.onedoor.cases.intake.IdempotencyKey;
import io.onedoor.cases.lifecycle.Actors;
import io.onedoor.cases.lifecycle.MatterSteps;
import io.onedoor.cases.matter.MatterId;
import io.onedoor.cases.matter.MatterReach;
import io.onedoor.support.access.Caller;
import io.onedoor.support.access.RequestCaller;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.web.EntityTags;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * How every step's endpoint answers: the step taken as the request's caller, on the matters its
 * reach covers in the center's org tree, and the matter as it is after it, with its new ETag.
 */
@Component
public class StepEndpoint {

    private final MatterSteps steps;
    private final Clock clock;

    StepEndpoint(MatterSteps steps, Clock clock) {
        this.steps = steps;
        this.clock = clock;
    }

    public ResponseEntity<Matter> take(
            TenantCode tenant,
            CenterConfiguration center,
            UUID matterId,
            @Nullable String ifMatch,
            @Nullable IdempotencyKey key,
            MatterSteps.Action action) {
        Caller caller = RequestCaller.require();
        var matter = steps.take(
                new MatterId(matterId),
                ifMatch,
                key,
                MatterReach.toWork(caller, center::subtree),
                Actors.of(caller),
                action);
        return ResponseEntity.ok()
                .eTag(EntityTags.of(matter.version()))
                .body(MatterViews.full(tenant, matter, clock.instant()));
    }
}
