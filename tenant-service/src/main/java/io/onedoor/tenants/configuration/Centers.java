package io.onedoor.tenants.configuration;

import io.onedoor.tenants.TenantLevel;
import java.util.List;
import java.util.Optional;

/**
 * What the configuration needs to know of the registered centers, answered by the registry
 * (which depends on this package for seeding, so it is asked through this port).
 */
public interface Centers {

    Optional<Center> find(String tenant);

    /** The centers of a province that are served (ACTIVE or SUSPENDED), by code. */
    List<String> servedIn(String provinceCode);

    record Center(String code, String name, TenantLevel level, String divisionCode, String provinceCode) {}
}
