package io.onedoor.tenants.registry;

import io.onedoor.support.access.AccessFacts;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province of a tenant, from the registry: what the access rules {@code province: tenant}
 * compare a caller's province with. An unknown tenant has none, so such rules fail closed (and
 * the caller learns nothing of it: 404).
 */
@Component
class RegistryAccessFacts implements AccessFacts {

    private final TenantRepository tenants;

    RegistryAccessFacts(TenantRepository tenants) {
        this.tenants = tenants;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> provinceOfTenant(String tenant) {
        return tenants.findDirectoryRow(tenant).map(TenantRepository.DirectoryRow::getProvinceCode);
    }
}
