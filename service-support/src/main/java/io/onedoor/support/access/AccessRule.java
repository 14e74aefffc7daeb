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
 * @param authenticated any verified caller will do, except a service (below)
 * @param services the platform's own services that may call it ({@code service: [case-service]}, or
 *     {@code service: true} for any): the token must be a service token ({@link Caller#isService()})
 *     of one of them. Such an operation is internal: never routed by the gateway, and no other
 *     token opens it. A service token opens no operation that is not declared so.
 */
public record AccessRule(
        Set<String> roles,
        Set<String> scopes,
        @Nullable String tenant,
        @Nullable String province,
        boolean authenticated,
        Set<String> services) {

    /** {@code service: true}: any of the platform's services. */
    public static final String ANY_SERVICE = "*";

    private static final Set<String> KEYS = Set.of("roles", "scopes", "tenant", "province", "authenticated", "service");

    static AccessRule from(Map<?, ?> declared) {
        // A key this reading does not know (a misspelling, the retired "network") would otherwise
        // be ignored, and a rule with no condition left allows every caller.
        for (Object key : declared.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new IllegalStateException("x-onedoor-access: unknown key " + key + " (known: " + KEYS + ")");
            }
        }
        AccessRule rule = read(declared);
        if (rule.roles().isEmpty()
                && rule.scopes().isEmpty()
                && rule.tenant() == null
                && rule.province() == null
                && !rule.authenticated()
                && !rule.service()) {
            throw new IllegalStateException("x-onedoor-access: a rule must state a condition; "
                    + "for any verified caller say authenticated: true");
        }
        return rule;
    }

    private static AccessRule read(Map<?, ?> declared) {
        return new AccessRule(
                AccessPolicy.strings(declared.get("roles")),
                AccessPolicy.strings(declared.get("scopes")),
                text(declared.get("tenant")),
                text(declared.get("province")),
                Boolean.TRUE.equals(declared.get("authenticated")),
                services(declared.get("service")));
    }

    /** Whether only the platform's own services may use this rule. */
    public boolean service() {
        return !services.isEmpty();
    }

    /** Whether a service caller is one this rule names. */
    boolean admitsService(Caller caller) {
        return caller.isService()
                && caller.hasRole(Caller.SERVICE_ROLE)
                && caller.clientId() != null
                && (services.contains(ANY_SERVICE) || services.contains(caller.clientId()));
    }

    private static Set<String> services(@Nullable Object declared) {
        if (declared == null || Boolean.FALSE.equals(declared)) {
            return Set.of();
        }
        if (Boolean.TRUE.equals(declared)) {
            return Set.of(ANY_SERVICE);
        }
        Set<String> named = AccessPolicy.strings(declared);
        if (named.isEmpty()) {
            throw new IllegalStateException("x-onedoor-access: service must be true or name services");
        }
        return named;
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
