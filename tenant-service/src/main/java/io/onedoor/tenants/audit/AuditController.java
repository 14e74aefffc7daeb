package io.onedoor.tenants.audit;

import io.onedoor.api.identity.AuditApi;
import io.onedoor.api.identity.model.AuditEventPage;
import io.onedoor.support.web.ProblemException;
import io.onedoor.support.web.Problems.FieldProblem;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log of a center or a province. Who may read which is the spec's rule, enforced before
 * this runs; a province's list includes the events of its centers.
 */
@RestController
class AuditController implements AuditApi {

    private final AuditEvents events;

    AuditController(AuditEvents events) {
        this.events = events;
    }

    @Override
    public ResponseEntity<AuditEventPage> listTenantAuditEvents(
            String tenant, @Nullable String action, Integer limit, @Nullable String cursor) {
        return ResponseEntity.ok(events.page(AuditEvents.Scope.TENANT, tenant, action, limit, position(cursor)));
    }

    @Override
    public ResponseEntity<AuditEventPage> listProvincialAuditEvents(
            String province, @Nullable String action, Integer limit, @Nullable String cursor) {
        return ResponseEntity.ok(events.page(AuditEvents.Scope.PROVINCE, province, action, limit, position(cursor)));
    }

    private static @Nullable AuditCursor position(@Nullable String cursor) {
        if (cursor == null) {
            return null;
        }
        return AuditCursor.decode(cursor)
                .orElseThrow(() -> ProblemException.fields(
                        HttpStatus.BAD_REQUEST,
                        "validation",
                        "Request is not valid",
                        List.of(new FieldProblem("cursor", "is not a cursor this list issued"))));
    }
}
