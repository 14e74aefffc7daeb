package io.onedoor.gateway;

import org.springframework.core.Ordered;

/**
 * The order of the gateway's own steps, in one place so the chain reads top to bottom.
 *
 * <ol>
 *   <li>{@link #REQUEST_IDENTITY} (a web filter, before routing, so even a 404 carries a request
 *       id): strip client-sent internal headers, assign the request id.
 *   <li>{@link #CROSS_ORIGIN} (a web filter): a request from a web origin other than the console's
 *       is refused (403); a preflight from the console is answered here.
 *   <li>Route matching (Spring Cloud Gateway).
 *   <li>{@link #PATH_GUARD}: refuse paths a service could read differently from the gateway and
 *       tenant codes that are not well formed. No I/O.
 *   <li>{@link #BODY_LIMIT}: a body larger than the route allows is refused (413), by its declared
 *       length at once, or when a streamed body passes the limit.
 *   <li>{@link #SIGN_IN_BUDGET}: {@code POST /login} and {@code POST /oauth2/token} take tokens
 *       from the calling network's bucket and the presented client id's (429).
 *   <li>{@link #AUTHENTICATION}: a bearer token that verifies, or 401 (except on the authorization
 *       server's own routes). Before any directory lookup or rate-limit token is spent, so an
 *       anonymous caller learns nothing about which tenants exist and cannot drain a budget.
 *   <li>{@link #CLIENT_BUDGET}: starts taking the caller's tokens from its client bucket, without
 *       waiting, so that the Redis call shares a round trip with the directory read next.
 *   <li>{@link #TENANT_LOOKUP}: the directory entry of the tenant the path names, read once and
 *       shared by the next two steps.
 *   <li>{@link #AUTHORIZATION}: the spec's access rules for the operation (404 for a path the spec
 *       does not declare, 403, or 404 for a tenant outside a provincial caller's province).
 *   <li>{@link #TENANT_GATE}: the tenant's status (tenant-scoped routes).
 *   <li>{@link #RATE_LIMIT}: the client's bucket, then the tenant's.
 *   <li>Spring Cloud Gateway's own filters (URL rewriting at 10000, proxying last).
 * </ol>
 */
public final class FilterOrder {

    public static final int REQUEST_IDENTITY = Ordered.HIGHEST_PRECEDENCE;

    public static final int CROSS_ORIGIN = Ordered.HIGHEST_PRECEDENCE + 1;

    public static final int PATH_GUARD = -400;

    public static final int BODY_LIMIT = -390;

    public static final int SIGN_IN_BUDGET = -350;

    public static final int AUTHENTICATION = -300;

    public static final int CLIENT_BUDGET = -290;

    public static final int TENANT_LOOKUP = -275;

    public static final int AUTHORIZATION = -250;

    public static final int TENANT_GATE = -200;

    public static final int RATE_LIMIT = -150;

    private FilterOrder() {}
}
