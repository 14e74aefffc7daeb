package io.onedoor.gateway.tenant;

import io.onedoor.support.tenancy.TenantCode;
import java.util.Optional;
import org.springframework.web.server.ServerWebExchange;

/**
 * The tenant a request's path names, once the path guard has found it well formed. The
 * authentication step compares the caller's token with it.
 */
public final class RequestTenant {

    /** Header telling a service which tenant the gateway resolved. Informational: services never trust it. */
    public static final String HEADER = "X-Onedoor-Tenant";

    private static final String ATTRIBUTE = RequestTenant.class.getName();

    private RequestTenant() {}

    public static Optional<TenantCode> of(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
    }

    static void bind(ServerWebExchange exchange, TenantCode tenant) {
        exchange.getAttributes().put(ATTRIBUTE, tenant);
    }
}
