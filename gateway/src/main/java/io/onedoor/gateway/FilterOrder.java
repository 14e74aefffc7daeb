package io.onedoor.gateway;

import org.springframework.core.Ordered;

/**
 * The order of the gateway's own steps, in one place so the chain reads top to bottom.
 *
 * <ol>
 *   <li>{@link #REQUEST_IDENTITY} (a web filter, before routing, so even a 404 carries a request
 *       id): strip client-sent internal headers, assign the request id.
 *   <li>Route matching (Spring Cloud Gateway).
 *   <li>{@link #PATH_GUARD}: refuse paths a service could read differently from the gateway and
 *       tenant codes that are not well formed. No I/O.
 *   <li>{@link #AUTHENTICATION}: the caller is authenticated and the token's tenant checked against
 *       the path. Before any directory lookup or rate-limit token is spent, so an anonymous caller
 *       learns nothing about which tenants exist and cannot drain a tenant's budget.
 *   <li>{@link #TENANT_GATE}: the tenant's status from the directory, then its rate limit.
 *   <li>Spring Cloud Gateway's own filters (URL rewriting at 10000, proxying last).
 * </ol>
 */
public final class FilterOrder {

    public static final int REQUEST_IDENTITY = Ordered.HIGHEST_PRECEDENCE;

    public static final int PATH_GUARD = -400;

    public static final int AUTHENTICATION = -300;

    public static final int TENANT_GATE = -200;

    private FilterOrder() {}
}
