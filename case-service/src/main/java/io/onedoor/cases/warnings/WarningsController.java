package io.onedoor.cases.warnings;

import io.onedoor.api.cases.WarningsApi;
import io.onedoor.api.cases.model.Warning;
import io.onedoor.api.cases.model.WarningPage;
import io.onedoor.cases.configuration.ConfigurationSnapshots;
import io.onedoor.cases.matter.MatterReach;
import io.onedoor.cases.tenancy.BoundTenant;
import io.onedoor.support.access.Caller;
import io.onedoor.support.access.RequestCaller;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.web.ProblemException;
import io.onedoor.support.web.Problems;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * The center's warnings over HTTP, within the caller's reach (the matters of their org unit's
 * subtree; the whole center for auditors). Staff whose account names a department see that
 * department's warnings only, whatever they filter by: the list is their department's work list
 * of what is late. Supervisors and center staff without a department see every department's.
 */
@RestController
class WarningsController implements WarningsApi {

    private final Warnings warnings;
    private final ConfigurationSnapshots configurations;
    private final Clock clock;

    WarningsController(Warnings warnings, ConfigurationSnapshots configurations, Clock clock) {
        this.warnings = warnings;
        this.configurations = configurations;
        this.clock = clock;
    }

    @Override
    public ResponseEntity<WarningPage> listWarnings(
            String tenant,
            @Nullable List<io.onedoor.api.cases.model.WarningKind> kind,
            @Nullable Boolean open,
            @Nullable String department,
            @Nullable UUID matterId,
            Integer limit,
            @Nullable String cursor) {
        TenantCode code = BoundTenant.matching(tenant);
        Caller caller = RequestCaller.require();
        // A blank value is trimmed to nothing and arrives as a null element.
        if (kind != null && kind.stream().anyMatch(Objects::isNull)) {
            throw ProblemException.fields(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "Request is not valid",
                    List.of(new Problems.FieldProblem("kind", "names no warning kind")));
        }
        Set<WarningKind> kinds = EnumSet.noneOf(WarningKind.class);
        if (kind != null) {
            kind.forEach(k -> kinds.add(WarningKind.valueOf(k.getValue())));
        }
        String own = departmentOf(caller);
        if (own != null && department != null && !own.equals(department)) {
            return ResponseEntity.ok(new WarningPage(List.of()));
        }
        String only = own != null ? own : department;
        Instant now = clock.instant();
        Warnings.Page page = warnings.page(
                code,
                MatterReach.toRead(caller, unit -> configurations.of(code).subtree(unit)),
                new Warnings.Filter(kinds, open, only, matterId),
                limit,
                cursor,
                now);
        return ResponseEntity.ok(new WarningPage(
                        page.items().stream().map(WarningsController::view).toList())
                .nextCursor(page.nextCursor()));
    }

    /** The department whose warnings alone the caller sees: a department's staff's own. */
    private static @Nullable String departmentOf(Caller caller) {
        return caller.department() != null && !caller.hasRole("SUPERVISOR") && !caller.hasRole("AUDITOR")
                ? caller.department()
                : null;
    }

    private static Warning view(Warnings.Entry entry) {
        return new Warning(
                        entry.id(),
                        io.onedoor.api.cases.model.WarningKind.fromValue(
                                entry.kind().name()),
                        entry.matterId(),
                        entry.matterCode(),
                        io.onedoor.api.cases.model.ClockKind.fromValue(
                                entry.clock().name()),
                        entry.subject(),
                        entry.dueAt().atOffset(ZoneOffset.UTC),
                        entry.raisedAt().atOffset(ZoneOffset.UTC),
                        io.onedoor.api.cases.model.Light.fromValue(entry.light().name()))
                .department(entry.department())
                .resolvedAt(
                        entry.resolvedAt() == null ? null : entry.resolvedAt().atOffset(ZoneOffset.UTC));
    }
}
