package io.onedoor.tenants.registry;

import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.web.EntityTags;
import io.onedoor.support.web.ProblemException;
import io.onedoor.tenants.audit.AuditEntry;
import io.onedoor.tenants.audit.AuditLog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operator changes to an onboarded tenant, guarded by the ETag the operator last read, each
 * audited in its transaction when it changed anything.
 */
@Service
class TenantAdministration {

    private final TenantRepository tenants;
    private final AuditLog audit;

    TenantAdministration(TenantRepository tenants, AuditLog audit) {
        this.tenants = tenants;
        this.audit = audit;
    }

    @Transactional
    public Optional<io.onedoor.api.tenants.model.Tenant> suspend(
            TenantCode code, String reason, @Nullable String ifMatch) {
        return change(code, ifMatch, "tenant.suspended", tenant -> tenant.suspend(reason));
    }

    @Transactional
    public Optional<io.onedoor.api.tenants.model.Tenant> resume(TenantCode code, @Nullable String ifMatch) {
        return change(code, ifMatch, "tenant.resumed", Tenant::resume);
    }

    private Optional<io.onedoor.api.tenants.model.Tenant> change(
            TenantCode code, @Nullable String ifMatch, String action, Consumer<Tenant> change) {
        return tenants.findById(code.value()).map(tenant -> {
            if (!EntityTags.matches(ifMatch, tenant.version())) {
                throw ProblemException.of(
                        HttpStatus.PRECONDITION_FAILED,
                        "precondition-failed",
                        "Tenant changed",
                        "The tenant changed since it was read; read it again and retry with its ETag.");
            }
            Map<String, Object> before = state(tenant);
            change.accept(tenant);
            // Flushed here so the answer carries the new version, and the optimistic lock
            // refuses a concurrent change of the same version.
            Tenant changed = tenants.saveAndFlush(tenant);
            Map<String, Object> after = state(changed);
            if (!before.equals(after)) {
                audit.record(AuditEntry.of(action, code.value(), changed.provinceCode(), code.value())
                        .before(before)
                        .after(after));
            }
            return TenantViews.toModel(changed);
        });
    }

    private static Map<String, Object> state(Tenant tenant) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", tenant.status().name());
        if (tenant.suspensionReason() != null) {
            state.put("suspensionReason", tenant.suspensionReason());
        }
        return state;
    }
}
