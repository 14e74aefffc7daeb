package io.onedoor.gateway.tenant;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the gateway waits when it asks tenant-service about a tenant missing from Redis.
 *
 * @param connectTimeout connect timeout of that lookup
 * @param lookupTimeout whole-lookup timeout; past it the request is refused (503), never forwarded
 * @param unknownTtl how long "no such tenant" is remembered in Redis, sparing tenant-service a
 *     lookup per request for a code that does not exist
 */
@Validated
@ConfigurationProperties("onedoor.gateway.tenant-directory")
record TenantDirectoryProperties(
        @DefaultValue("300ms") Duration connectTimeout,
        @DefaultValue("1s") Duration lookupTimeout,
        @DefaultValue("30s") Duration unknownTtl) {}
