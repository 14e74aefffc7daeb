package io.onedoor.cases.provisioning;

import io.onedoor.api.internal.TenantSchemasApi;
import io.onedoor.api.internal.model.TenantSchemaRequest;
import io.onedoor.api.internal.model.TenantSchemaState;
import io.onedoor.cases.tenancy.BoundTenant;
import io.onedoor.support.tenancy.TenantCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** tenant-service's call to set case-service up in a new (or upgraded) tenant's schema. */
@RestController
class TenantSchemasController implements TenantSchemasApi {

    private final Provisioning provisioning;

    TenantSchemasController(Provisioning provisioning) {
        this.provisioning = provisioning;
    }

    @Override
    public ResponseEntity<TenantSchemaState> provisionTenantSchema(String tenant, TenantSchemaRequest request) {
        TenantCode code = BoundTenant.matching(tenant);
        var outcome = provisioning.provision(code, request.getDivisionCode());
        return ResponseEntity.ok(new TenantSchemaState(
                code.value(),
                outcome.version(),
                outcome.migrationsApplied(),
                outcome.duration().toMillis()));
    }
}
