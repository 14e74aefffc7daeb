package io.onedoor.cases.provisioning;

import io.onedoor.api.internal.TenantSchemasApi;
import io.onedoor.api.internal.model.OpenMatterReference;
import io.onedoor.api.internal.model.OpenMatterReferences;
import io.onedoor.api.internal.model.TenantSchemaRequest;
import io.onedoor.api.internal.model.TenantSchemaState;
import io.onedoor.cases.ledger.OpenReferences;
import io.onedoor.cases.ledger.OpenReferences.Reference;
import io.onedoor.cases.tenancy.BoundTenant;
import io.onedoor.cases.tenancy.SchemaReadiness;
import io.onedoor.support.tenancy.TenantCode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * tenant-service's calls about a tenant's schema: set case-service up in a new (or upgraded)
 * tenant's schema, and ask which departments and categories its open matters still name.
 */
@RestController
class TenantSchemasController implements TenantSchemasApi {

    private final Provisioning provisioning;
    private final OpenReferences references;
    private final SchemaReadiness readiness;

    TenantSchemasController(Provisioning provisioning, OpenReferences references, SchemaReadiness readiness) {
        this.provisioning = provisioning;
        this.references = references;
        this.readiness = readiness;
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

    @Override
    public ResponseEntity<OpenMatterReferences> findOpenMatterReferences(
            String tenant, @Nullable List<String> departments, @Nullable List<String> categories) {
        TenantCode code = BoundTenant.matching(tenant);
        // An unknown tenant (no schema) is 404; one whose schema is behind is 503 until migrated.
        readiness.admit(code);
        var found = references.find(
                departments == null ? List.of() : departments, categories == null ? List.of() : categories);
        return ResponseEntity.ok(new OpenMatterReferences(view(found.departments()), view(found.categories())));
    }

    private static List<OpenMatterReference> view(List<Reference> references) {
        return references.stream()
                .map(reference ->
                        new OpenMatterReference(reference.code(), reference.openMatters(), reference.examples()))
                .toList();
    }
}
