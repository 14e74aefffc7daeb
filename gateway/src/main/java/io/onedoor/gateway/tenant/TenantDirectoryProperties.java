package io.onedoor.gateway.tenant;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the gateway asks about a tenant missing from Redis, and how long it waits.
 *
 * @param tenantServiceUrl base URL of tenant-service's internal API
 * @param connectTimeout connect timeout of that lookup
 * @param lookupTimeout whole-lookup timeout; past it the request is refused (503), never forwarded
 * @param unknownTtl how long "no such tenant" is remembered in Redis, sparing tenant-service a
 *     lookup per request for a code that does not exist
 */
@Validated
@ConfigurationProperties("onedoor.gateway.tenant-directory")
record TenantDirectoryProperties(
        @NotNull URI tenantServiceUrl,
        @DefaultValue("300ms") Duration connectTimeout,
        @DefaultValue("1s") Duration lookupTimeout,
        @DefaultValue("30s") Duration unknownTtl) {}
