package io.onedoor.support.tenancy;

/**
 * What the gateway needs to know of a tenant to route and authorize a request (its status, and its
 * province for provincial operators' access): the contract between
 * tenant-service, which writes the entry to Redis whenever a tenant changes (and re-writes all of
 * them periodically), and the gateway, which reads it on every tenant-scoped request.
 *
 * <p>Redis layout: the entry as JSON under {@link #key}; no expiry. The key carries the tenant's
 * hash tag {@code {tenant:<code>}}, the one the gateway's rate-limit buckets of the tenant carry,
 * so the gateway reads the entry and takes the buckets in one script call, on Redis Cluster too. A gateway that finds no entry
 * asks tenant-service and, if the tenant does not exist, stores {@link #UNKNOWN_MARKER} under the
 * same key with {@code SET NX EX}, so a later write by tenant-service always wins.
 */
public record TenantDirectoryEntry(String code, Status status, long version, String provinceCode) {

    public static final String UNKNOWN_MARKER = "unknown";

    public static String key(TenantCode tenant) {
        return "onedoor:tenant-directory:" + hashTag(tenant);
    }

    /** The Redis Cluster hash tag of every key of the tenant that one call must reach together. */
    public static String hashTag(TenantCode tenant) {
        return "{tenant:" + tenant.value() + "}";
    }

    public enum Status {
        PROVISIONING,
        ACTIVE,
        SUSPENDED,
        ARCHIVED,
        FAILED
    }
}
