package io.onedoor.cases.performance;

import io.onedoor.api.cases.PerformanceApi;
import io.onedoor.api.cases.model.InstalmentPayment;
import io.onedoor.api.cases.model.JudicialConfirmationRecord;
import io.onedoor.api.cases.model.Matter;
import io.onedoor.cases.web.StepEndpoint;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** An outcome's instalments paid and its judicial confirmation (司法确认) over HTTP. */
@RestController
class PerformanceController implements PerformanceApi {

    private final StepEndpoint steps;

    PerformanceController(StepEndpoint steps) {
        this.steps = steps;
    }

    @Override
    public ResponseEntity<Matter> recordInstalmentPayment(
            String tenant,
            UUID matterId,
            Integer number,
            InstalmentPayment payment,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        return steps.take(
                steps.center(tenant),
                matterId,
                ifMatch,
                new StepEndpoint.Request(idempotencyKey, "recordInstalmentPayment", List.of(matterId, number), payment),
                (matter, actor, now) -> matter.recordInstalmentPayment(number, payment.getPaidOn(), actor, now));
    }

    @Override
    public ResponseEntity<Matter> recordJudicialConfirmation(
            String tenant,
            UUID matterId,
            JudicialConfirmationRecord confirmation,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        return steps.take(
                steps.center(tenant),
                matterId,
                ifMatch,
                new StepEndpoint.Request(idempotencyKey, "recordJudicialConfirmation", List.of(matterId), confirmation),
                (matter, actor, now) -> matter.recordJudicialConfirmation(
                        confirmation.getAppliedOn(),
                        confirmation.getAcceptedOn(),
                        confirmation.getNumber(),
                        actor,
                        now));
    }
}
