package io.onedoor.gateway.tenant;

import io.onedoor.gateway.problem.Problem;
import org.springframework.http.HttpStatus;

/** The gate's refusals. None names the tenant: a refused code is never echoed. */
public final class TenantProblems {

    /**
     * No such tenant, a malformed code, or a tenant outside a provincial caller's province: one
     * answer for all, so a caller cannot tell them apart.
     */
    public static final Problem NOT_FOUND = new Problem(
            HttpStatus.NOT_FOUND, "tenant-not-found", "Tenant not found", "No tenant with this code is served here.");

    static final Problem SUSPENDED = new Problem(
            HttpStatus.FORBIDDEN,
            "tenant-suspended",
            "Tenant suspended",
            "This tenant is suspended; its data is kept, but no requests are served until it is resumed.");

    static final Problem ARCHIVED = new Problem(
            HttpStatus.GONE, "tenant-archived", "Tenant archived", "This tenant is archived and no longer served.");

    static final Problem NOT_READY = new Problem(
            HttpStatus.SERVICE_UNAVAILABLE,
            "tenant-not-ready",
            "Tenant not ready",
            "This tenant is being set up and cannot be served yet.");

    static final Problem DIRECTORY_UNAVAILABLE = new Problem(
            HttpStatus.SERVICE_UNAVAILABLE,
            "directory-unavailable",
            "Tenant directory unavailable",
            "The gateway cannot confirm this tenant's status right now; try again shortly.");

    /** Seconds a client should wait before asking again about a tenant that is being set up. */
    static final long NOT_READY_RETRY_AFTER = 10;

    /** Seconds a client should wait while the directory is unreachable. */
    static final long DIRECTORY_RETRY_AFTER = 5;

    private TenantProblems() {}
}
