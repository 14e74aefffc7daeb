package io.onedoor.tenants;

/** The administrative level of a center; a tenant is always a city- or county-level center. */
public enum TenantLevel {
    CITY,
    COUNTY
}
