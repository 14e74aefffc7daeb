package io.onedoor.tenants;

import io.onedoor.support.tenancy.TenantDirectoryEntry;

/** Where a tenant is in its life; only ACTIVE tenants are served. */
public enum TenantStatus {
    PROVISIONING,
    ACTIVE,
    SUSPENDED,
    ARCHIVED,
    FAILED;

    /** The same status as the gateway's directory spells it. */
    public TenantDirectoryEntry.Status inDirectory() {
        return TenantDirectoryEntry.Status.valueOf(name());
    }
}
