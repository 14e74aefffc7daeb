package io.onedoor.cases.dispatch;

import io.onedoor.api.cases.DispatchApi;
import io.onedoor.api.cases.model.AssignmentCompletion;
import io.onedoor.api.cases.model.AssignmentReturn;
import io.onedoor.api.cases.model.AssignmentSignature;
import io.onedoor.api.cases.model.Matter;
import io.onedoor.api.cases.model.MatterDispatch;
import io.onedoor.cases.configuration.CenterConfiguration;
import io.onedoor.cases.web.StepEndpoint;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Dispatch (分派) and the departments' sign-off (签收), return (退单) and completion over HTTP. */
@RestController
class DispatchController implements DispatchApi {

    private final StepEndpoint steps;
    private final DispatchPlanner planner;

    DispatchController(StepEndpoint steps, DispatchPlanner planner) {
        this.steps = steps;
        this.planner = planner;
    }

    @Override
    public ResponseEntity<Matter> dispatchMatter(
            String tenant,
            UUID matterId,
            MatterDispatch dispatch,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        CenterConfiguration center = steps.center(tenant);
        List<String> coHandlers = dispatch.getCoHandlers();
        return steps.take(
                center,
                matterId,
                ifMatch,
                new StepEndpoint.Request(idempotencyKey, "dispatchMatter", List.of(matterId), dispatch),
                (matter, actor, now) -> matter.dispatch(
                        planner.plan(
                                center, matter, dispatch.getLeadDepartment(), coHandlers, dispatch.getReason(), now),
                        dispatch.getReason(),
                        actor,
                        now));
    }

    @Override
    public ResponseEntity<Matter> signAssignment(
            String tenant,
            UUID matterId,
            UUID assignmentId,
            AssignmentSignature signature,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        return steps.take(
                steps.center(tenant),
                matterId,
                ifMatch,
                new StepEndpoint.Request(idempotencyKey, "signAssignment", List.of(matterId, assignmentId), signature),
                (matter, actor, now) -> matter.sign(assignmentId, actor, now));
    }

    @Override
    public ResponseEntity<Matter> returnAssignment(
            String tenant,
            UUID matterId,
            UUID assignmentId,
            AssignmentReturn assignmentReturn,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        return steps.take(
                steps.center(tenant),
                matterId,
                ifMatch,
                new StepEndpoint.Request(
                        idempotencyKey, "returnAssignment", List.of(matterId, assignmentId), assignmentReturn),
                (matter, actor, now) ->
                        matter.returnAssignment(assignmentId, assignmentReturn.getReason(), actor, now));
    }

    @Override
    public ResponseEntity<Matter> completeAssignment(
            String tenant,
            UUID matterId,
            UUID assignmentId,
            AssignmentCompletion completion,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        return steps.take(
                steps.center(tenant),
                matterId,
                ifMatch,
                new StepEndpoint.Request(
                        idempotencyKey, "completeAssignment", List.of(matterId, assignmentId), completion),
                (matter, actor, now) -> matter.completeAssignment(assignmentId, completion.getSummary(), actor, now));
    }
}
