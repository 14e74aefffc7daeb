package io.onedoor.gateway.access;

import io.onedoor.support.access.AccessPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The access rules, read from the API documents bundled in the api-server jar. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    /** Every public document; internal.yaml is left out, since nothing routes /internal/**. */
    static final String[] DOCUMENTS = {
        "openapi/tenants.yaml", "openapi/cases.yaml", "openapi/identity.yaml", "openapi/configuration.yaml"
    };

    @Bean
    AccessPolicy accessPolicy() {
        return AccessPolicy.fromClasspath(DOCUMENTS);
    }
}
