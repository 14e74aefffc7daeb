package io.onedoor.tenants.registry;

import io.onedoor.tenants.TenantStatus;
import io.onedoor.tenants.configuration.Centers;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The registry's answers to the configuration's questions about centers. */
@Component
class RegistryCenters implements Centers {

    private final TenantRepository tenants;

    RegistryCenters(TenantRepository tenants) {
        this.tenants = tenants;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Center> find(String tenant) {
        return tenants.findById(tenant)
                .map(found -> new Center(
                        found.code().value(), found.name(), found.level(), found.divisionCode(), found.provinceCode()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> servedIn(String provinceCode) {
        return tenants.findCodesByProvinceCodeAndStatusIn(
                provinceCode, EnumSet.of(TenantStatus.ACTIVE, TenantStatus.SUSPENDED));
    }
}
