package io.onedoor.tenants.ratelimit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a tenant's request limit is: its own ({@code limit} present) or the gateway's default
 * (absent: never set, or removed). The version rises with every change, a removal included, so
 * that Redis can always tell the newer of two writes.
 */
record TenantRateLimit(
        String tenant,
        @Nullable RateLimit limit,
        long version,
        @Nullable Instant updatedAt) {

    /** A tenant that never had a limit of its own. */
    static TenantRateLimit none(String tenant) {
        return new TenantRateLimit(tenant, null, 0, null);
    }

    Optional<RateLimit> own() {
        return Optional.ofNullable(limit);
    }

    /** Whether a row exists for it: once one does, a change must name the version it read. */
    boolean everSet() {
        return version > 0;
    }

    /** The state after setting this limit, or this same state if it is already the limit. */
    TenantRateLimit set(RateLimit newLimit, Instant now) {
        return newLimit.equals(limit) ? this : new TenantRateLimit(tenant, newLimit, version + 1, now);
    }

    /** The state after removing the tenant's own limit, or this same state if it has none. */
    TenantRateLimit removed(Instant now) {
        return limit == null ? this : new TenantRateLimit(tenant, null, version + 1, now);
    }

    boolean sameAs(TenantRateLimit other) {
        return Objects.equals(limit, other.limit) && version == other.version;
    }

    Map<String, Object> auditState() {
        return limit != null ? limit.auditState() : Map.of("source", "DEFAULT");
    }
}
