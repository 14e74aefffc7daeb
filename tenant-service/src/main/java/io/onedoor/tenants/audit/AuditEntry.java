package io.onedoor.tenants.audit;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One change to record. {@code before} and {@code after} are the state the change concerns, as
 * plain values; they must never hold a secret, a password or a hash of either.
 *
 * @param action what happened, e.g. {@code account.roles-changed}
 * @param tenant the tenant the change concerns, if any
 * @param province the province it concerns (the tenant's for a tenant's change)
 * @param target what was changed: an account id, a client id, a key id
 */
public record AuditEntry(
        String action,
        @Nullable String tenant,
        @Nullable String province,
        @Nullable String target,
        @Nullable Map<String, ?> before,
        @Nullable Map<String, ?> after) {

    public static AuditEntry of(
            String action, @Nullable String tenant, @Nullable String province, @Nullable String target) {
        return new AuditEntry(action, tenant, province, target, null, null);
    }

    public AuditEntry before(@Nullable Map<String, ?> state) {
        return new AuditEntry(action, tenant, province, target, state, after);
    }

    public AuditEntry after(@Nullable Map<String, ?> state) {
        return new AuditEntry(action, tenant, province, target, before, state);
    }
}
