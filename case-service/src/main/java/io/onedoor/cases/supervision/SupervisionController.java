package io.onedoor.cases.supervision;

import io.onedoor.api.cases.SupervisionApi;
import io.onedoor.api.cases.model.LightCounts;
import io.onedoor.api.cases.model.Supervision;
import io.onedoor.api.cases.model.SupervisionBoard;
import io.onedoor.api.cases.model.SupervisionBoardByAgeInner;
import io.onedoor.api.cases.model.SupervisionBoardByUnitInner;
import io.onedoor.api.cases.model.SupervisionBoardClosedInner;
import io.onedoor.api.cases.model.SupervisionOpening;
import io.onedoor.api.cases.model.SupervisionPage;
import io.onedoor.api.cases.model.SupervisionSource;
import io.onedoor.api.cases.model.SupervisionStep;
import io.onedoor.api.cases.model.SupervisionStepInput;
import io.onedoor.cases.configuration.CenterConfiguration;
import io.onedoor.cases.configuration.ConfigurationSnapshots;
import io.onedoor.cases.lifecycle.Actors;
import io.onedoor.cases.matter.Light;
import io.onedoor.cases.matter.LightPolicies;
import io.onedoor.cases.matter.LightPolicy;
import io.onedoor.cases.matter.MatterReach;
import io.onedoor.cases.matter.StepRefusedException;
import io.onedoor.cases.tenancy.BoundTenant;
import io.onedoor.support.access.Caller;
import io.onedoor.support.access.RequestCaller;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.web.ProblemException;
import io.onedoor.support.web.Problems;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supervision items and the board over HTTP. Supervisors open items by hand and take their
 * steps on matters within their reach; staff, supervisors and auditors read them within theirs
 * (an item of a matter outside it does not exist for them).
 */
@RestController
class SupervisionController implements SupervisionApi {

    private final Supervisions supervisions;
    private final SupervisionQueries queries;
    private final ConfigurationSnapshots configurations;
    private final LightPolicies policies;
    private final Clock clock;

    SupervisionController(
            Supervisions supervisions,
            SupervisionQueries queries,
            ConfigurationSnapshots configurations,
            LightPolicies policies,
            Clock clock) {
        this.supervisions = supervisions;
        this.queries = queries;
        this.configurations = configurations;
        this.policies = policies;
        this.clock = clock;
    }

    @Override
    public ResponseEntity<Supervision> openSupervision(String tenant, SupervisionOpening opening) {
        TenantCode code = BoundTenant.matching(tenant);
        // Read before the transaction: it may take a call to tenant-service.
        CenterConfiguration center = configurations.of(code);
        Caller caller = RequestCaller.require();
        Instant now = clock.instant();
        Map<String, String> refused = new LinkedHashMap<>();
        if (opening.getResponsibleUnit() != null
                && center.department(opening.getResponsibleUnit()).isEmpty()) {
            refused.put("responsibleUnit", "is not a department stationed at this center");
        }
        Instant dueAt = opening.getDueAt() == null ? null : opening.getDueAt().toInstant();
        if (dueAt != null && !dueAt.isAfter(now)) {
            refused.put("dueAt", "must be in the future");
        }
        if (!refused.isEmpty()) {
            throw new StepRefusedException(refused);
        }
        Supervisions.Shown opened = supervisions.openByHand(
                center,
                new Supervisions.ManualOpening(
                        opening.getMatterId(),
                        opening.getAssignmentId(),
                        opening.getResponsibleUnit(),
                        opening.getResponsiblePerson(),
                        dueAt,
                        opening.getReason()),
                MatterReach.toWork(caller, center::subtree),
                Actors.of(caller),
                now);
        return ResponseEntity.created(URI.create("/api/v1/tenants/" + code.value() + "/supervisions/"
                        + opened.item().id()))
                .body(view(opened));
    }

    @Override
    public ResponseEntity<SupervisionPage> listSupervisions(
            String tenant,
            io.onedoor.api.cases.model.@Nullable SupervisionStatus status,
            @Nullable List<io.onedoor.api.cases.model.Light> light,
            @Nullable String responsibleUnit,
            @Nullable UUID matterId,
            Integer limit,
            @Nullable String cursor) {
        TenantCode code = BoundTenant.matching(tenant);
        // A blank value is trimmed to nothing and arrives as a null element.
        if (light != null && light.stream().anyMatch(Objects::isNull)) {
            throw ProblemException.fields(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "Request is not valid",
                    List.of(new Problems.FieldProblem("light", "names no light")));
        }
        Set<Light> lights = EnumSet.allOf(Light.class);
        if (light != null && !light.isEmpty()) {
            lights = EnumSet.noneOf(Light.class);
            for (var one : light) {
                lights.add(Light.valueOf(one.getValue()));
            }
        }
        Instant now = clock.instant();
        SupervisionQueries.Page page = queries.page(
                code,
                readReach(code),
                new SupervisionQueries.Filter(
                        status == null ? null : SupervisionStatus.valueOf(status.getValue()),
                        lights,
                        responsibleUnit,
                        matterId),
                policies.of(code),
                now,
                limit,
                cursor);
        return ResponseEntity.ok(new SupervisionPage(
                        page.items().stream().map(SupervisionController::view).toList())
                .nextCursor(page.nextCursor()));
    }

    @Override
    public ResponseEntity<Supervision> getSupervision(String tenant, UUID supervisionId) {
        TenantCode code = BoundTenant.matching(tenant);
        return queries.item(supervisionId, readReach(code), policies.of(code), clock.instant())
                .map(shown -> ResponseEntity.ok(view(shown)))
                .orElseThrow(SupervisionNotFoundException::new);
    }

    @Override
    public ResponseEntity<Supervision> recordSupervisionStep(
            String tenant, UUID supervisionId, SupervisionStepInput step) {
        TenantCode code = BoundTenant.matching(tenant);
        CenterConfiguration center = configurations.of(code);
        Caller caller = RequestCaller.require();
        Supervisions.Shown stepped = supervisions.step(
                supervisionId,
                MatterReach.toWork(caller, center::subtree),
                SupervisionStepKind.valueOf(step.getKind().getValue()),
                step.getNote(),
                step.getOutcome() == null
                        ? null
                        : SupervisionOutcome.valueOf(step.getOutcome().getValue()),
                Actors.of(caller),
                clock.instant());
        return ResponseEntity.ok(view(stepped));
    }

    @Override
    public ResponseEntity<SupervisionBoard> getSupervisionBoard(String tenant) {
        TenantCode code = BoundTenant.matching(tenant);
        LightPolicy policy = policies.of(code);
        SupervisionQueries.Board board = queries.board(readReach(code), policy, clock.instant());
        return ResponseEntity.ok(new SupervisionBoard(
                counts(board.open()),
                board.byUnit().stream()
                        .map(unit -> new SupervisionBoardByUnitInner(unit.getKey(), counts(unit.getValue())))
                        .toList(),
                board.byAge().stream()
                        .map(age -> new SupervisionBoardByAgeInner(age.getKey().label, counts(age.getValue())))
                        .toList(),
                board.closed().stream()
                        .map(closed -> new SupervisionBoardClosedInner(
                                io.onedoor.api.cases.model.SupervisionOutcome.fromValue(
                                        closed.getKey().name()),
                                closed.getValue()))
                        .toList()));
    }

    private MatterReach readReach(TenantCode tenant) {
        return MatterReach.toRead(
                RequestCaller.require(), unit -> configurations.of(tenant).subtree(unit));
    }

    private static LightCounts counts(SupervisionQueries.LightCounts counts) {
        return new LightCounts(counts.green(), counts.yellow(), counts.red());
    }

    private static Supervision view(Supervisions.Shown shown) {
        SupervisionItem item = shown.item();
        SupervisionItem.Source source = item.source();
        return new Supervision(
                        item.id(),
                        item.matterId(),
                        shown.matterCode(),
                        io.onedoor.api.cases.model.SupervisionTrigger.fromValue(
                                item.trigger().name()),
                        new SupervisionSource(SupervisionSource.KindEnum.fromValue(
                                        source.kind().name()))
                                .tenant(source.tenant())
                                .reference(source.reference()),
                        item.responsibleUnit(),
                        io.onedoor.api.cases.model.SupervisionStatus.fromValue(
                                item.status().name()),
                        utc(item.openedAt()),
                        item.openedBy(),
                        utc(item.dueAt()),
                        io.onedoor.api.cases.model.Light.fromValue(shown.light().name()),
                        item.steps().stream()
                                .map(step -> new SupervisionStep(
                                                io.onedoor.api.cases.model.SupervisionStepKind.fromValue(
                                                        step.kind().name()),
                                                utc(step.at()),
                                                step.actor())
                                        .note(step.note().orElse(null)))
                                .toList())
                .assignmentId(item.assignmentId().orElse(null))
                .reason(item.reason().orElse(null))
                .responsiblePerson(item.responsiblePerson().orElse(null))
                .closedAt(item.closedAt().map(SupervisionController::utc).orElse(null))
                .outcome(item.outcome()
                        .map(outcome -> io.onedoor.api.cases.model.SupervisionOutcome.fromValue(outcome.name()))
                        .orElse(null));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
