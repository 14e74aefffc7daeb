package io.onedoor.cases.mediation;

import io.onedoor.api.cases.MediationApi;
import io.onedoor.api.cases.model.Matter;
import io.onedoor.api.cases.model.MediationSessionRecord;
import io.onedoor.cases.configuration.CenterConfiguration;
import io.onedoor.cases.matter.MediationMode;
import io.onedoor.cases.matter.MediationNotes;
import io.onedoor.cases.matter.StepRefusedException;
import io.onedoor.cases.web.StepEndpoint;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Mediation sessions (调解) over HTTP. */
@RestController
class MediationController implements MediationApi {

    private final StepEndpoint steps;

    MediationController(StepEndpoint steps) {
        this.steps = steps;
    }

    @Override
    public ResponseEntity<Matter> recordMediationSession(
            String tenant,
            UUID matterId,
            MediationSessionRecord record,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        CenterConfiguration center = steps.center(tenant);
        String department = record.getMediator().getDepartment();
        if (department != null && center.department(department).isEmpty()) {
            throw new StepRefusedException("mediator.department", "is not a department stationed at this center");
        }
        if (record.getRoom() != null && !center.hasRoom(record.getRoom())) {
            throw new StepRefusedException("room", "is not one of this center's mediation rooms");
        }
        MediationNotes notes = new MediationNotes(
                MediationMode.valueOf(record.getMode().getValue()),
                record.getMediator().getName(),
                department,
                record.getRoom(),
                record.getParticipants(),
                record.getMinutes(),
                record.getHeldAt() == null ? null : record.getHeldAt().toInstant());
        return steps.take(
                center,
                matterId,
                ifMatch,
                new StepEndpoint.Request(idempotencyKey, "recordMediationSession", List.of(matterId), record),
                (matter, actor, now) -> matter.recordMediationSession(notes, actor, now));
    }
}
