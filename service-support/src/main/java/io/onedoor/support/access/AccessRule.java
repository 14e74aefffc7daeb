package io.onedoor.support.access;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One way to be allowed an operation, as declared in the spec's {@code x-onedoor-access} list.
 *
 * @param roles the caller needs one of them (empty: any)
 * @param scopes the caller needs all of them
 * @param tenant {@code path}: the token's tenant must be the {@code {tenant}} of the path
 * @param province {@code tenant}: the caller's province must be the named tenant's; {@code path}:
 *     it must be the {@code {province}} of the path; {@code body}: it must be the body's
 *     provinceCode (checked by the service, which reads the body); {@code own}: the service
 *     restricts what it answers to the caller's province
 * @param authenticated any verified caller will do
 * @param internal reachable on the cluster network only, never routed by the gateway
 */
public record AccessRule(
        Set<String> roles,
        Set<String> scopes,
        @Nullable String tenant,
        @Nullable String province,
        boolean authenticated,
        boolean internal) {

    static AccessRule from(Map<?, ?> declared) {
        return new AccessRule(
                AccessPolicy.strings(declared.get("roles")),
                AccessPolicy.strings(declared.get("scopes")),
                text(declared.get("tenant")),
                text(declared.get("province")),
                Boolean.TRUE.equals(declared.get("authenticated")),
                "internal".equals(declared.get("network")));
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
