package io.onedoor.tenants.configuration;

import io.onedoor.support.tenancy.TenantCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a new center its first configuration version from its template. The caller's transaction
 * (required) also records the onboarding step as done, so the seed is either in and recorded, or
 * not at all; a center that has a version already is left as it is.
 */
@Component
public class ConfigurationSeeder {

    static final String ONBOARDING = "onboarding";

    private final ConfigurationVersions versions;
    private final ApplicationEventPublisher events;

    ConfigurationSeeder(ConfigurationVersions versions, ApplicationEventPublisher events) {
        this.versions = versions;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void seed(TenantCode tenant, Template template, String centerName, String divisionCode) {
        if (versions.latest(tenant).isPresent()) {
            return;
        }
        versions.insert(
                tenant,
                1,
                template.instantiate(divisionCode, centerName),
                ONBOARDING,
                "seeded from template " + template.name(),
                null);
        events.publishEvent(new ConfigurationChanged(tenant.value()));
    }
}
