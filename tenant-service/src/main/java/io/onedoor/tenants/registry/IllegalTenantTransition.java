package io.onedoor.tenants.registry;

import io.onedoor.tenants.TenantStatus;

/** A change the tenant's current status does not allow, such as suspending a tenant still onboarding. */
class IllegalTenantTransition extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TenantStatus status;

    IllegalTenantTransition(TenantStatus status, String attempted) {
        super("a " + status + " tenant cannot " + attempted);
        this.status = status;
    }

    TenantStatus status() {
        return status;
    }
}
