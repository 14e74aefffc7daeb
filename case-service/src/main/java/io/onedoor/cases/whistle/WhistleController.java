package io.onedoor.cases.whistle;

import io.onedoor.api.cases.WhistleApi;
import io.onedoor.api.cases.model.ArrivalRecord;
import io.onedoor.api.cases.model.Matter;
import io.onedoor.api.cases.model.WhistleRequest;
import io.onedoor.cases.configuration.CenterConfiguration;
import io.onedoor.cases.configuration.StationedDepartment;
import io.onedoor.cases.matter.StepRefusedException;
import io.onedoor.cases.matter.WhistleCall;
import io.onedoor.cases.web.StepEndpoint;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The whistle (吹哨) and the summoned department's arrival (报到) over HTTP. */
@RestController
class WhistleController implements WhistleApi {

    private final StepEndpoint steps;

    WhistleController(StepEndpoint steps) {
        this.steps = steps;
    }

    @Override
    public ResponseEntity<Matter> whistleDepartment(
            String tenant,
            UUID matterId,
            WhistleRequest request,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        CenterConfiguration center = steps.center(tenant);
        StationedDepartment department = center.department(request.getDepartment())
                .orElseThrow(
                        () -> new StepRefusedException("department", "is not a department stationed at this center"));
        // An ON_CALL department is reached through its host's window (互助托管).
        String host = department.mode() == StationedDepartment.Stationing.ON_CALL ? department.host() : null;
        return steps.take(
                center,
                matterId,
                ifMatch,
                new StepEndpoint.Request(idempotencyKey, "whistleDepartment", List.of(matterId), request),
                (matter, actor, now) -> matter.whistle(
                        new WhistleCall(
                                department.code(), host, request.getReason(), center.arrivalDueAt(department, now)),
                        actor,
                        now));
    }

    @Override
    public ResponseEntity<Matter> recordArrival(
            String tenant,
            UUID matterId,
            UUID whistleId,
            ArrivalRecord arrival,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        return steps.take(
                steps.center(tenant),
                matterId,
                ifMatch,
                new StepEndpoint.Request(idempotencyKey, "recordArrival", List.of(matterId, whistleId), arrival),
                (matter, actor, now) -> matter.recordArrival(whistleId, arrival.getPerson(), actor, now));
    }
}
