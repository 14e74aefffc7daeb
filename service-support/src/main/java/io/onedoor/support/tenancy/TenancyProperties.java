package io.onedoor.support.tenancy;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service maps requests and connections to tenants.
 *
 * @param scopedPaths path patterns with a {@code {tenant}} variable; a request matching one runs
 *     bound to that tenant, and is answered 404 before any work if the code is malformed
 * @param idleSchema the search path a connection has while no tenant holds it; it names a schema
 *     that holds no tables, so a query run outside a tenant fails instead of reading anyone's data
 */
@ConfigurationProperties("onedoor.tenancy")
public record TenancyProperties(
        @DefaultValue("/api/v1/tenants/{tenant}/**") List<String> scopedPaths,
        @DefaultValue("onedoor_no_tenant") String idleSchema) {}
