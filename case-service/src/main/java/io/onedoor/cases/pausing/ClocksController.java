package io.onedoor.cases.pausing;

import io.onedoor.api.cases.ClocksApi;
import io.onedoor.api.cases.model.ExtensionDecision;
import io.onedoor.api.cases.model.ExtensionRequest;
import io.onedoor.api.cases.model.Matter;
import io.onedoor.api.cases.model.PauseRequest;
import io.onedoor.api.cases.model.ResumeRequest;
import io.onedoor.cases.configuration.CenterConfiguration;
import io.onedoor.cases.matter.ExtensionClock;
import io.onedoor.cases.matter.PauseCause;
import io.onedoor.cases.web.StepEndpoint;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** A matter's clocks over HTTP: pause and resume (补充材料), extensions and their decision (延期). */
@RestController
class ClocksController implements ClocksApi {

    private final StepEndpoint steps;

    ClocksController(StepEndpoint steps) {
        this.steps = steps;
    }

    @Override
    public ResponseEntity<Matter> pauseMatter(
            String tenant,
            UUID matterId,
            PauseRequest pause,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        return steps.take(
                steps.center(tenant),
                matterId,
                ifMatch,
                new StepEndpoint.Request(idempotencyKey, "pauseMatter", List.of(matterId), pause),
                (matter, actor, now) -> matter.pause(
                        PauseCause.valueOf(pause.getWaitingOn().getValue()),
                        pause.getReason(),
                        pause.getResumeAt() == null ? null : pause.getResumeAt().toInstant(),
                        actor,
                        now));
    }

    @Override
    public ResponseEntity<Matter> resumeMatter(
            String tenant,
            UUID matterId,
            ResumeRequest resume,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        CenterConfiguration center = steps.center(tenant);
        return steps.take(
                center,
                matterId,
                ifMatch,
                new StepEndpoint.Request(idempotencyKey, "resumeMatter", List.of(matterId), resume),
                (matter, actor, now) -> matter.resume(resume.getRemarks(), actor, now, center.workingTime()));
    }

    @Override
    public ResponseEntity<Matter> requestExtension(
            String tenant,
            UUID matterId,
            ExtensionRequest extension,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        return steps.take(
                steps.center(tenant),
                matterId,
                ifMatch,
                new StepEndpoint.Request(idempotencyKey, "requestExtension", List.of(matterId), extension),
                (matter, actor, now) -> matter.requestExtension(
                        ExtensionClock.valueOf(extension.getClock().getValue()),
                        extension.getDays(),
                        extension.getReason(),
                        actor,
                        now));
    }

    @Override
    public ResponseEntity<Matter> decideExtension(
            String tenant,
            UUID matterId,
            Integer number,
            ExtensionDecision decision,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        CenterConfiguration center = steps.center(tenant);
        return steps.take(
                center,
                matterId,
                ifMatch,
                new StepEndpoint.Request(idempotencyKey, "decideExtension", List.of(matterId, number), decision),
                (matter, actor, now) -> matter.decideExtension(
                        number,
                        Boolean.TRUE.equals(decision.getApproved()),
                        decision.getRemarks(),
                        actor,
                        now,
                        center.workingTime()));
    }
}
