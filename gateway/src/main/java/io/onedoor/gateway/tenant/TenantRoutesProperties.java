package io.onedoor.gateway.tenant;

import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway treats each route (by id, from {@code spring.cloud.gateway.server.webflux.routes}).
 * Every route under {@code /api/v1/tenants/} must be named in one of the two tenant lists, or the
 * gateway refuses to start. Every route not named in {@code unauthenticated} requires a token.
 *
 * @param tenantScoped routes whose path names a tenant the request acts for: the code must be well
 *     formed and the tenant ACTIVE, and the tenant's rate limit applies
 * @param tenantCodeChecked routes that name a tenant as the object of an operator's action (the
 *     tenant registry): the code must be well formed, but any status is served, since an operator
 *     must be able to see and resume a suspended tenant
 * @param unauthenticated routes the gateway forwards without a token: the authorization server's
 *     own endpoints (login, token, keys), which authenticate their users and clients themselves.
 *     None may serve {@code /api/}.
 */
@Validated
@ConfigurationProperties("onedoor.gateway.routes")
record TenantRoutesProperties(
        @NotNull Set<String> tenantScoped,
        @NotNull Set<String> tenantCodeChecked,
        @DefaultValue Set<String> unauthenticated) {}
