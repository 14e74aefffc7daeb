package io.onedoor.cases.web;

import io.onedoor.api.cases.model.Matter;
import io.onedoor.cases.configuration.CenterConfiguration;
import io.onedoor.cases.configuration.ConfigurationSnapshots;
import io.onedoor.cases.lifecycle.Actors;
import io.onedoor.cases.lifecycle.MatterSteps;
import io.onedoor.cases.lifecycle.StepKeys;
import io.onedoor.cases.matter.MatterId;
import io.onedoor.cases.matter.MatterReach;
import io.onedoor.cases.tenancy.BoundTenant;
import io.onedoor.support.access.Caller;
import io.onedoor.support.access.RequestCaller;
import io.onedoor.support.web.EntityTags;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * How every step's endpoint answers: the step taken as the request's caller, on the matters its
 * reach covers in the center's org tree, once per Idempotency-Key, and the matter as it is after
 * it, with its new ETag.
 */
@Component
public class StepEndpoint {

    private final MatterSteps steps;
    private final StepKeys keys;
    private final ConfigurationSnapshots configurations;
    private final Clock clock;

    StepEndpoint(MatterSteps steps, StepKeys keys, ConfigurationSnapshots configurations, Clock clock) {
        this.steps = steps;
        this.keys = keys;
        this.configurations = configurations;
        this.clock = clock;
    }

    /**
     * The configuration of the center the path names, which must be the caller's tenant. Read
     * before the step's transaction: it may take a call to tenant-service, which must not hold a
     * database connection meanwhile.
     */
    public CenterConfiguration center(String tenant) {
        return configurations.of(BoundTenant.matching(tenant));
    }

    /** The step, as the request's caller, on the center's matter. */
    public ResponseEntity<Matter> take(
            CenterConfiguration center,
            UUID matterId,
            @Nullable String ifMatch,
            Request request,
            MatterSteps.Action action) {
        Caller caller = RequestCaller.require();
        var matter = steps.take(
                new MatterId(matterId),
                ifMatch,
                keys.of(request.idempotencyKey(), request.step(), request.target(), request.body()),
                MatterReach.toWork(caller, center::subtree),
                Actors.of(caller),
                action);
        return ResponseEntity.ok()
                .eTag(EntityTags.of(matter.version()))
                .body(MatterViews.full(center.tenant(), matter, center.lights(), clock.instant()));
    }

    /**
     * What a retry with the same Idempotency-Key must repeat to be the same request: the step (its
     * operation), what it acts on (the matter, and the assignment, whistle, lock... in the path)
     * and its body.
     */
    public record Request(@Nullable String idempotencyKey, String step, List<Object> target, Object body) {}
}
