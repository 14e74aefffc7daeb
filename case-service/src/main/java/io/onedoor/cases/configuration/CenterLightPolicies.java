package io.onedoor.cases.configuration;

import io.onedoor.cases.matter.LightPolicies;
import io.onedoor.cases.matter.LightPolicy;
import io.onedoor.support.tenancy.TenantCode;
import org.springframework.stereotype.Component;

/** Each center's light policy from its configuration snapshot's {@code calendar.lights}. */
@Component
class CenterLightPolicies implements LightPolicies {

    @Override
    public LightPolicy of(TenantCode tenant) {
        // TODO(domain helper): read calendar.lights from the center's snapshot.
        return LightPolicy.DEFAULT;
    }
}
