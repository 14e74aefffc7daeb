package io.onedoor.tenants.configuration;

import io.onedoor.support.access.AccessFacts;
import io.onedoor.support.calendar.WorkingCalendar;
import io.onedoor.tenants.calendar.ProvinceCalendars;
import org.springframework.stereotype.Component;

/** A center's working calendar: its province's, with the center's own overrides and working hours on top. */
@Component
class CenterCalendars {

    private final ProvinceCalendars provinces;
    private final AccessFacts facts;

    CenterCalendars(ProvinceCalendars provinces, AccessFacts facts) {
        this.provinces = provinces;
        this.facts = facts;
    }

    WorkingCalendar of(String tenant, CenterConfiguration configuration) {
        return provinces
                .of(province(tenant))
                .withOverrides(configuration.calendar().byDate())
                .withHours(configuration.calendar().hours());
    }

    /** Grows whenever the province's calendar changes; part of the snapshot's ETag. */
    long stamp(String tenant) {
        return provinces.stamp(province(tenant));
    }

    String province(String tenant) {
        return facts.provinceOfTenant(tenant).orElseThrow(TenantConfigurations::tenantNotFound);
    }
}
