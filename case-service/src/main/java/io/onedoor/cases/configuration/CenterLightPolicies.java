package io.onedoor.cases.configuration;

import io.onedoor.cases.matter.LightPolicies;
import io.onedoor.cases.matter.LightPolicy;
import io.onedoor.support.tenancy.TenantCode;
import org.springframework.stereotype.Component;

/**
 * Each center's light policy from its configuration snapshot's {@code calendar.lights} (the
 * defaults where the center set none).
 *
 * <p>The snapshot is the one {@link ConfigurationSnapshots} keeps: a step's endpoint has read it
 * before its transaction began, and a change announced by tenant-service replaces it, so asking
 * here inside a transaction is a lookup in memory. Only a snapshot not held yet (a replica's
 * first alarm of a tenant since it started, or since the entry aged out) is read from Redis, or
 * at worst from tenant-service, while the caller holds its connection; without one the caller
 * gets the same 503 as any step, and an alarm's transaction rolls back to ring again.
 */
@Component
class CenterLightPolicies implements LightPolicies {

    private final ConfigurationSnapshots configurations;

    CenterLightPolicies(ConfigurationSnapshots configurations) {
        this.configurations = configurations;
    }

    @Override
    public LightPolicy of(TenantCode tenant) {
        return configurations.of(tenant).lights();
    }
}
