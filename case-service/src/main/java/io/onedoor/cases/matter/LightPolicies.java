package io.onedoor.cases.matter;

import io.onedoor.support.tenancy.TenantCode;

/** Each center's light policy, as its configuration sets it. */
@FunctionalInterface
public interface LightPolicies {

    LightPolicy of(TenantCode tenant);
}
