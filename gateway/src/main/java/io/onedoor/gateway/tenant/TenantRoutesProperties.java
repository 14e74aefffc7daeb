package io.onedoor.gateway.tenant;

import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Which routes (by id, from {@code spring.cloud.gateway.server.webflux.routes}) serve a tenant. A
 * route joins the gate by being named here; every route under {@code /api/v1/tenants/} must be
 * named in one of the two lists, or the gateway refuses to start.
 *
 * @param tenantScoped routes whose path names a tenant the request acts for: the code must be well
 *     formed and the tenant ACTIVE, and the tenant's rate limit applies
 * @param tenantCodeChecked routes that name a tenant as the object of an operator's action (the
 *     tenant registry): the code must be well formed, but any status is served, since an operator
 *     must be able to see and resume a suspended tenant
 */
@Validated
@ConfigurationProperties("onedoor.gateway.routes")
record TenantRoutesProperties(
        @NotNull Set<String> tenantScoped, @NotNull Set<String> tenantCodeChecked) {}
