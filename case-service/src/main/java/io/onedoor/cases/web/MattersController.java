package io.onedoor.cases.web;

import io.onedoor.api.cases.MattersApi;
import io.onedoor.api.cases.model.Matter;
import io.onedoor.api.cases.model.MatterPage;
import io.onedoor.api.cases.model.MatterRegistration;
import io.onedoor.cases.configuration.CenterConfiguration;
import io.onedoor.cases.configuration.ConfigurationSnapshots;
import io.onedoor.cases.intake.Intake;
import io.onedoor.cases.intake.OnTheSpot;
import io.onedoor.cases.ledger.Ledger;
import io.onedoor.cases.ledger.LedgerFilter;
import io.onedoor.cases.lifecycle.Actors;
import io.onedoor.cases.lifecycle.StepKeys;
import io.onedoor.cases.matter.CategoryCode;
import io.onedoor.cases.matter.InstalmentTerms;
import io.onedoor.cases.matter.LightPolicy;
import io.onedoor.cases.matter.MatterId;
import io.onedoor.cases.matter.MatterReach;
import io.onedoor.cases.matter.OrgUnitCode;
import io.onedoor.cases.matter.OutcomeKind;
import io.onedoor.cases.tenancy.BoundTenant;
import io.onedoor.support.access.Caller;
import io.onedoor.support.access.RequestCaller;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.web.ProblemException;
import io.onedoor.support.web.Problems;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * Intake and the ledger over HTTP, for the tenant named in the path. The caller is the one the
 * access interceptor established from the verified token; its reach limits what it sees.
 */
@RestController
class MattersController implements MattersApi {

    private final Intake intake;
    private final Ledger ledger;
    private final ConfigurationSnapshots configurations;
    private final StepKeys keys;
    private final Clock clock;

    MattersController(Intake intake, Ledger ledger, ConfigurationSnapshots configurations, StepKeys keys, Clock clock) {
        this.clock = clock;
        this.intake = intake;
        this.ledger = ledger;
        this.configurations = configurations;
        this.keys = keys;
    }

    @Override
    public ResponseEntity<Matter> registerMatter(
            String tenant, MatterRegistration registration, @Nullable String idempotencyKey) {
        TenantCode code = BoundTenant.matching(tenant);
        var matterIntake = RegistrationReader.read(registration, () -> configurations.ifReadable(code));
        var key = keys.of(idempotencyKey, "registerMatter", List.of(), registration);
        Caller caller = RequestCaller.require();
        var resolution = registration.getResolution();
        var onTheSpot = resolution == null
                ? null
                : new OnTheSpot(
                        OutcomeKind.valueOf(resolution.getKind().getValue()),
                        resolution.getSummary(),
                        resolution.getAmountFen(),
                        resolution.getReason(),
                        resolution.getCourt(),
                        resolution.getAgreementEffectiveOn(),
                        resolution.getInstalments() == null
                                ? List.of()
                                : resolution.getInstalments().stream()
                                        .map(instalment ->
                                                new InstalmentTerms(instalment.getAmountFen(), instalment.getDueOn()))
                                        .toList());
        var registered = intake.register(
                code, matterIntake, onTheSpot, key, MatterReach.toRegister(caller, orgTree(code)), Actors.of(caller));
        var matter = registered.matter();
        if (registered.replayed()) {
            return ResponseEntity.ok()
                    .eTag(etag(matter.version()))
                    .body(MatterViews.full(code, matter, lights(code), clock.instant()));
        }
        return ResponseEntity.created(URI.create("/api/v1/tenants/" + code.value() + "/matters/" + matter.id()))
                .eTag(etag(matter.version()))
                .body(MatterViews.full(code, matter, lights(code), clock.instant()));
    }

    @Override
    public ResponseEntity<Matter> getMatter(String tenant, UUID matterId) {
        TenantCode code = BoundTenant.matching(tenant);
        return ledger.matter(new MatterId(matterId), MatterReach.toRead(RequestCaller.require(), orgTree(code)))
                .map(matter -> ResponseEntity.ok()
                        .eTag(etag(matter.version()))
                        .body(MatterViews.full(code, matter, lights(code), clock.instant())))
                .orElseThrow(() -> ProblemException.of(
                        HttpStatus.NOT_FOUND, "matter-not-found", "Unknown matter", "No such matter."));
    }

    @Override
    public ResponseEntity<MatterPage> listMatters(
            String tenant,
            @Nullable String orgUnit,
            Integer limit,
            @Nullable String cursor,
            @Nullable List<io.onedoor.api.cases.model.MatterStatus> status,
            @Nullable String department,
            io.onedoor.api.cases.model.@Nullable Complexity complexity,
            @Nullable String categoryCode,
            io.onedoor.api.cases.model.@Nullable Channel channel,
            @Nullable Boolean overdue,
            @Nullable List<io.onedoor.api.cases.model.Light> light,
            @Nullable LocalDate registeredFrom,
            @Nullable LocalDate registeredTo) {
        TenantCode code = BoundTenant.matching(tenant);
        OrgUnitCode unit;
        try {
            unit = orgUnit == null ? null : new OrgUnitCode(orgUnit);
        } catch (IllegalArgumentException e) {
            throw ProblemException.fields(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "Request is not valid",
                    List.of(new Problems.FieldProblem("orgUnit", e.getMessage())));
        }
        // A blank or control-character value is trimmed to nothing and arrives as a null element.
        if (status != null && status.stream().anyMatch(java.util.Objects::isNull)) {
            throw ProblemException.fields(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "Request is not valid",
                    List.of(new Problems.FieldProblem("status", "names no matter status")));
        }
        if (light != null && light.stream().anyMatch(java.util.Objects::isNull)) {
            throw ProblemException.fields(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "Request is not valid",
                    List.of(new Problems.FieldProblem("light", "names no light")));
        }
        if (registeredFrom != null && registeredTo != null && registeredTo.isBefore(registeredFrom)) {
            throw ProblemException.fields(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "Request is not valid",
                    List.of(new Problems.FieldProblem("registeredTo", "is before registeredFrom")));
        }
        var filter = new LedgerFilter(
                status == null
                        ? Set.of()
                        : status.stream()
                                .map(s -> io.onedoor.cases.matter.MatterStatus.valueOf(s.getValue()))
                                .collect(Collectors.toSet()),
                department,
                complexity == null ? null : io.onedoor.cases.matter.Complexity.valueOf(complexity.getValue()),
                categoryCode == null ? null : new CategoryCode(categoryCode),
                channel == null ? null : io.onedoor.cases.matter.Channel.valueOf(channel.getValue()),
                overdue,
                light == null
                        ? Set.of()
                        : light.stream()
                                .map(l -> io.onedoor.cases.matter.Light.valueOf(l.getValue()))
                                .collect(Collectors.toSet()),
                registeredFrom,
                registeredTo);
        LightPolicy lights = lights(code);
        Instant now = clock.instant();
        var page = ledger.page(
                code, MatterReach.toRead(RequestCaller.require(), orgTree(code)), unit, filter, limit, cursor);
        var body = new MatterPage(page.items().stream()
                .map(matter -> MatterViews.summary(matter, lights, now))
                .toList());
        body.setNextCursor(page.nextCursor());
        return ResponseEntity.ok(body);
    }

    /**
     * The tenant's org tree from its configuration snapshot, read only when a caller's reach
     * needs it (staff, not auditors or integrators); without a snapshot the answer is a 503.
     */
    private MatterReach.OrgTree orgTree(TenantCode tenant) {
        return unit -> configurations.of(tenant).subtree(unit);
    }

    /**
     * The center's light policy. Reading matters does not need the snapshot otherwise (auditors
     * and integrators read without it), so a read that cannot have it shows the default lights
     * rather than failing.
     */
    private LightPolicy lights(TenantCode tenant) {
        return configurations
                .ifReadable(tenant)
                .map(CenterConfiguration::lights)
                .orElse(LightPolicy.DEFAULT);
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }
}
