package io.onedoor.cases.configuration;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where tenant-service answers for a snapshot Redis does not hold. The timeouts are short: the
 * call is made while a citizen waits at the intake window.
 *
 * @param tenantServiceUrl tenant-service's base URL (env ONEDOOR_TENANT_SERVICE_URL)
 */
@ConfigurationProperties("onedoor.services")
public record TenantServiceProperties(
        @DefaultValue(DEFAULT_URL) URI tenantServiceUrl,
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("3s") Duration readTimeout) {

    public static final String DEFAULT_URL = "http://127.0.0.1:8081";
}
