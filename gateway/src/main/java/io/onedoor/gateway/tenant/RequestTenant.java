package io.onedoor.gateway.tenant;

import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.tenancy.TenantDirectoryEntry;
import java.util.Optional;
import org.springframework.web.server.ServerWebExchange;

/**
 * The tenant a request's path names, once the path guard has found it well formed; what the
 * directory says about it (looked up once per request and shared by authorization and the gate);
 * and whether the gate admitted the request as acting for it.
 */
public final class RequestTenant {

    /** Header telling a service which tenant the gateway resolved. Informational: services never trust it. */
    public static final String HEADER = "X-Onedoor-Tenant";

    private static final String ATTRIBUTE = RequestTenant.class.getName();
    private static final String LISTING = ATTRIBUTE + ".listing";
    private static final String ADMITTED = ATTRIBUTE + ".admitted";

    private RequestTenant() {}

    public static Optional<TenantCode> of(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
    }

    /** The directory entry of the tenant the path names, if the directory lists it. */
    public static Optional<TenantDirectoryEntry> entry(ServerWebExchange exchange) {
        return listing(exchange)
                .filter(TenantDirectory.Listing.Listed.class::isInstance)
                .map(listing -> ((TenantDirectory.Listing.Listed) listing).entry());
    }

    /** The tenant the request acts for, once the gate found it ACTIVE: its rate limit applies. */
    public static Optional<TenantCode> admitted(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ADMITTED));
    }

    static void bind(ServerWebExchange exchange, TenantCode tenant) {
        exchange.getAttributes().put(ATTRIBUTE, tenant);
    }

    static Optional<TenantDirectory.Listing> listing(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(LISTING));
    }

    static void bindListing(ServerWebExchange exchange, TenantDirectory.Listing listing) {
        exchange.getAttributes().put(LISTING, listing);
    }

    static void admit(ServerWebExchange exchange, TenantCode tenant) {
        exchange.getAttributes().put(ADMITTED, tenant);
    }
}
