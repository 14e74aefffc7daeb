package io.onedoor.tenants.registry;

import io.onedoor.api.tenants.TenantsApi;
import io.onedoor.api.tenants.model.Suspension;
import io.onedoor.api.tenants.model.Tenant;
import io.onedoor.api.tenants.model.TenantLevel;
import io.onedoor.api.tenants.model.TenantOnboarding;
import io.onedoor.api.tenants.model.TenantPage;
import io.onedoor.api.tenants.model.TenantStatus;
import io.onedoor.support.access.Caller;
import io.onedoor.support.access.RequestCaller;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.web.EntityTags;
import io.onedoor.support.web.ProblemException;
import io.onedoor.support.web.Problems;
import io.onedoor.support.web.Problems.FieldProblem;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;

/** The provincial operator's tenant API, as the contract in {@code tenants.yaml} defines it. */
@RestController
class TenantsController implements TenantsApi {

    private final Onboarding onboarding;
    private final TenantViews views;
    private final TenantAdministration administration;

    TenantsController(Onboarding onboarding, TenantViews views, TenantAdministration administration) {
        this.onboarding = onboarding;
        this.views = views;
        this.administration = administration;
    }

    /**
     * An operator onboards centers of their own province only: the spec's {@code province: body}
     * rule, which only the service can check, as it reads the body.
     */
    @Override
    public ResponseEntity<Tenant> onboardTenant(TenantOnboarding body) {
        Caller caller = RequestCaller.require();
        if (!body.getProvinceCode().equals(caller.province())) {
            throw ProblemException.fields(
                    HttpStatus.FORBIDDEN,
                    "forbidden",
                    "Forbidden",
                    List.of(new FieldProblem("provinceCode", "is not the province the caller operates in")));
        }
        Onboarding.Outcome outcome = onboarding.onboard(OnboardingRequest.from(body));
        Tenant tenant = views.find(outcome.tenant()).orElseThrow(TenantsController::notFound);
        String etag = EntityTags.of(tenant.getVersion());
        if (outcome.created() && tenant.getStatus() == TenantStatus.ACTIVE) {
            return ResponseEntity.created(URI.create("/api/v1/tenants/" + tenant.getCode()))
                    .eTag(etag)
                    .body(tenant);
        }
        return ResponseEntity.ok().eTag(etag).body(tenant);
    }

    /**
     * Lists the tenants of the caller's province only (the spec's {@code province: own}). A
     * {@code province} filter naming another province answers an empty page, as if that province
     * had no tenants: the caller learns nothing of it, as with a tenant outside the province (404).
     */
    @Override
    public ResponseEntity<TenantPage> listTenants(
            @Nullable String province,
            @Nullable TenantLevel level,
            @Nullable TenantStatus status,
            Integer limit,
            @Nullable String cursor) {
        TenantCursor position = null;
        if (cursor != null) {
            position = TenantCursor.decode(cursor)
                    .orElseThrow(() -> ProblemException.fields(
                            HttpStatus.BAD_REQUEST,
                            "validation",
                            "Request is not valid",
                            List.of(new FieldProblem("cursor", "is not a cursor this list issued"))));
        }
        String own = RequestCaller.require().province();
        if (own == null || (province != null && !province.equals(own))) {
            return ResponseEntity.ok(new TenantPage(new ArrayList<>()));
        }
        return ResponseEntity.ok(views.page(
                own,
                level == null ? null : io.onedoor.tenants.TenantLevel.valueOf(level.name()),
                status == null ? null : io.onedoor.tenants.TenantStatus.valueOf(status.name()),
                limit,
                position));
    }

    @Override
    public ResponseEntity<Tenant> getTenant(String code) {
        return withEtag(views.find(parse(code)));
    }

    @Override
    public ResponseEntity<Tenant> suspendTenant(String code, Suspension suspension, @Nullable String ifMatch) {
        return withEtag(administration.suspend(parse(code), suspension.getReason(), ifMatch));
    }

    @Override
    public ResponseEntity<Tenant> resumeTenant(String code, @Nullable String ifMatch) {
        return withEtag(administration.resume(parse(code), ifMatch));
    }

    @ExceptionHandler(IllegalTenantTransition.class)
    ResponseEntity<ProblemDetail> onIllegalTransition(IllegalTenantTransition e) {
        ProblemDetail problem = Problems.of(
                HttpStatus.CONFLICT, "tenant-state-conflict", "Not possible in the tenant's status", e.getMessage());
        problem.setProperty("tenantStatus", e.status().name());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> onConcurrentChange(OptimisticLockingFailureException e) {
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .body(Problems.of(
                        HttpStatus.PRECONDITION_FAILED,
                        "precondition-failed",
                        "Tenant changed",
                        "The tenant was changed by another request; read it again and retry."));
    }

    private static ResponseEntity<Tenant> withEtag(Optional<Tenant> tenant) {
        Tenant found = tenant.orElseThrow(TenantsController::notFound);
        return ResponseEntity.ok().eTag(EntityTags.of(found.getVersion())).body(found);
    }

    /** A code that cannot name a tenant (reserved ones included) is simply not found. */
    private static TenantCode parse(String code) {
        return TenantCode.parse(code).orElseThrow(TenantsController::notFound);
    }

    private static ProblemException notFound() {
        // The code is not repeated, not even in the instance (which would be the request path):
        // it may be anything a caller typed.
        ProblemDetail problem =
                Problems.of(HttpStatus.NOT_FOUND, "tenant-not-found", "Unknown tenant", "No such tenant.");
        problem.setInstance(URI.create(TenantsApi.PATH_LIST_TENANTS));
        return new ProblemException(problem);
    }
}
