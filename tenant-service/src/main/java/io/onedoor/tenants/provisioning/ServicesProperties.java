package io.onedoor.tenants.provisioning;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the other services are and how long onboarding waits for them.
 *
 * @param caseServiceUrl base URL of case-service's internal API
 * @param connectTimeout how long to wait for a connection; a service that is down fails fast
 * @param readTimeout how long a provisioning call may take; migrating a fresh schema takes seconds
 */
@Validated
@ConfigurationProperties("onedoor.services")
public record ServicesProperties(
        @NotNull URI caseServiceUrl,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("60s") Duration readTimeout) {}
