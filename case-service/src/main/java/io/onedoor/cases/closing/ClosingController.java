package io.onedoor.cases.closing;

import io.onedoor.api.cases.ClosingApi;
import io.onedoor.api.cases.model.FollowUpRecord;
import io.onedoor.api.cases.model.Matter;
import io.onedoor.api.cases.model.MatterClosure;
import io.onedoor.api.cases.model.MatterWithdrawal;
import io.onedoor.api.cases.model.OutcomeRecord;
import io.onedoor.cases.configuration.CenterConfiguration;
import io.onedoor.cases.configuration.ConfigurationSnapshots;
import io.onedoor.cases.intake.IdempotencyKey;
import io.onedoor.cases.lifecycle.Actors;
import io.onedoor.cases.lifecycle.MatterSteps;
import io.onedoor.cases.lifecycle.StepKeys;
import io.onedoor.cases.matter.MatterId;
import io.onedoor.cases.matter.MatterReach;
import io.onedoor.cases.matter.Outcome;
import io.onedoor.cases.matter.OutcomeKind;
import io.onedoor.cases.matter.Satisfaction;
import io.onedoor.cases.tenancy.BoundTenant;
import io.onedoor.cases.web.MatterViews;
import io.onedoor.support.access.Caller;
import io.onedoor.support.access.RequestCaller;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.web.EntityTags;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The end of a matter over HTTP: outcome, close (办结), follow-up visit (回访), withdrawal (撤回). */
@RestController
@EnableConfigurationProperties(FollowUpProperties.class)
class ClosingController implements ClosingApi {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final MatterSteps steps;
    private final StepKeys keys;
    private final ConfigurationSnapshots configurations;
    private final FollowUpProperties followUps;

    ClosingController(
            MatterSteps steps, ConfigurationSnapshots configurations, FollowUpProperties followUps, StepKeys keys) {
        this.steps = steps;
        this.configurations = configurations;
        this.followUps = followUps;
        this.keys = keys;
    }

    @Override
    public ResponseEntity<Matter> recordOutcome(
            String tenant,
            UUID matterId,
            OutcomeRecord record,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        TenantCode code = BoundTenant.matching(tenant);
        return step(
                code,
                configurations.of(code),
                matterId,
                ifMatch,
                keys.of(idempotencyKey, "recordOutcome", List.of(matterId), record),
                (matter, actor, now) -> matter.recordOutcome(
                        new Outcome(
                                OutcomeKind.valueOf(record.getKind().getValue()),
                                record.getSummary(),
                                record.getAmountFen(),
                                record.getReason(),
                                now),
                        actor,
                        now));
    }

    @Override
    public ResponseEntity<Matter> closeMatter(
            String tenant,
            UUID matterId,
            MatterClosure closure,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        TenantCode code = BoundTenant.matching(tenant);
        CenterConfiguration center = configurations.of(code);
        var key = keys.of(idempotencyKey, "closeMatter", List.of(matterId), closure);
        return step(code, center, matterId, ifMatch, key, (matter, actor, now) -> {
            LocalDate closedOn = LocalDate.ofInstant(now, CHINA);
            LocalDate followUpDue =
                    center.workingDaysAfter(closedOn, followUps.workingDays()).orElse(null);
            matter.close(closure.getRemarks(), followUpDue, actor, now);
        });
    }

    @Override
    public ResponseEntity<Matter> recordFollowUp(
            String tenant,
            UUID matterId,
            FollowUpRecord record,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        TenantCode code = BoundTenant.matching(tenant);
        CenterConfiguration center = configurations.of(code);
        var key = keys.of(idempotencyKey, "recordFollowUp", List.of(matterId), record);
        return step(code, center, matterId, ifMatch, key, (matter, actor, now) -> {
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
        TenantCode code = BoundTenant.matching(tenant);
        return step(
                code,
                configurations.of(code),
                matterId,
                ifMatch,
                keys.of(idempotencyKey, "withdrawMatter", List.of(matterId), withdrawal),
                (matter, actor, now) -> matter.withdraw(withdrawal.getReason(), actor, now));
    }

    private ResponseEntity<Matter> step(
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
        return ResponseEntity.ok().eTag(EntityTags.of(matter.version())).body(MatterViews.full(tenant, matter));
    }
}
