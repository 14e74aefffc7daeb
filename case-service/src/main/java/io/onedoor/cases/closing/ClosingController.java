package io.onedoor.cases.closing;

import io.onedoor.api.cases.ClosingApi;
import io.onedoor.api.cases.model.FollowUpRecord;
import io.onedoor.api.cases.model.Matter;
import io.onedoor.api.cases.model.MatterClosure;
import io.onedoor.api.cases.model.MatterWithdrawal;
import io.onedoor.api.cases.model.OutcomeRecord;
import io.onedoor.cases.configuration.CenterConfiguration;
import io.onedoor.cases.configuration.FollowUpProperties;
import io.onedoor.cases.matter.InstalmentTerms;
import io.onedoor.cases.matter.Outcome;
import io.onedoor.cases.matter.OutcomeKind;
import io.onedoor.cases.matter.Satisfaction;
import io.onedoor.cases.web.StepEndpoint;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The end of a matter over HTTP: outcome, close (办结), follow-up visit (回访), withdrawal (撤回). */
@RestController
class ClosingController implements ClosingApi {

    private final StepEndpoint steps;
    private final FollowUpProperties followUps;

    ClosingController(StepEndpoint steps, FollowUpProperties followUps) {
        this.steps = steps;
        this.followUps = followUps;
    }

    @Override
    public ResponseEntity<Matter> recordOutcome(
            String tenant,
            UUID matterId,
            OutcomeRecord record,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        return steps.take(
                steps.center(tenant),
                matterId,
                ifMatch,
                new StepEndpoint.Request(idempotencyKey, "recordOutcome", List.of(matterId), record),
                (matter, actor, now) -> matter.recordOutcome(
                        new Outcome(
                                OutcomeKind.valueOf(record.getKind().getValue()),
                                record.getSummary(),
                                record.getAmountFen(),
                                record.getReason(),
                                record.getCourt(),
                                record.getAgreementEffectiveOn(),
                                now),
                        instalments(record.getInstalments()),
                        actor,
                        now));
    }

    /** The instalments as agreed, in the order given. */
    static List<InstalmentTerms> instalments(@Nullable List<io.onedoor.api.cases.model.InstalmentTerms> instalments) {
        if (instalments == null) {
            return List.of();
        }
        return instalments.stream()
                .map(instalment -> new InstalmentTerms(instalment.getAmountFen(), instalment.getDueOn()))
                .toList();
    }

    @Override
    public ResponseEntity<Matter> closeMatter(
            String tenant,
            UUID matterId,
            MatterClosure closure,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        CenterConfiguration center = steps.center(tenant);
        var key = new StepEndpoint.Request(idempotencyKey, "closeMatter", List.of(matterId), closure);
        return steps.take(center, matterId, ifMatch, key, (matter, actor, now) -> {
            matter.close(
                    closure.getRemarks(), followUps.dueOn(center, now).orElse(null), actor, now, center.workingTime());
        });
    }

    @Override
    public ResponseEntity<Matter> recordFollowUp(
            String tenant,
            UUID matterId,
            FollowUpRecord record,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        CenterConfiguration center = steps.center(tenant);
        var key = new StepEndpoint.Request(idempotencyKey, "recordFollowUp", List.of(matterId), record);
        return steps.take(center, matterId, ifMatch, key, (matter, actor, now) -> {
            // A reopened matter gets its class's closure deadline again, counted from today.
            LocalDate freshClosureDue = center.standardPath(matter.category().value())
                    .map(path -> center.termsFor(
                                    matter.category(),
                                    matter.amountFen().orElse(null),
                                    matter.parties().size(),
                                    matter.complexity(),
                                    now)
                            .closureDueOn())
                    .orElse(null);
            matter.recordFollowUp(
                    Satisfaction.valueOf(record.getSatisfaction().getValue()),
                    record.getRemarks(),
                    freshClosureDue,
                    actor,
                    now);
        });
    }

    @Override
    public ResponseEntity<Matter> withdrawMatter(
            String tenant,
            UUID matterId,
            MatterWithdrawal withdrawal,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        CenterConfiguration center = steps.center(tenant);
        return steps.take(
                center,
                matterId,
                ifMatch,
                new StepEndpoint.Request(idempotencyKey, "withdrawMatter", List.of(matterId), withdrawal),
                (matter, actor, now) -> matter.withdraw(withdrawal.getReason(), actor, now, center.workingTime()));
    }
}
