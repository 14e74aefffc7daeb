package io.onedoor.support.access;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling, as the verified access token says (docs/security.md): never built from a
 * request header.
 */
public record Caller(
        String subject,
        @Nullable String clientId,
        @Nullable String tenant,
        @Nullable String province,
        @Nullable String orgUnit,
        Set<String> roles,
        Set<String> scopes) {

    public static Caller fromClaims(Map<String, Object> claims) {
        return new Caller(
                String.valueOf(claims.get("sub")),
                text(claims.get("client_id")),
                text(claims.get("tenant")),
                text(claims.get("province")),
                text(claims.get("org_unit")),
                strings(claims.get("roles")),
                scopes(claims));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    private static Set<String> strings(@Nullable Object value) {
        Set<String> result = new LinkedHashSet<>();
        if (value instanceof Collection<?> items) {
            items.forEach(item -> result.add(String.valueOf(item)));
        } else if (value instanceof String text && !text.isBlank()) {
            result.add(text);
        }
        return Set.copyOf(result);
    }

    private static Set<String> scopes(Map<String, Object> claims) {
        Object scope = claims.get("scope");
        if (scope instanceof String text) {
            Set<String> result = new LinkedHashSet<>();
            for (String part : text.trim().split("\\s+")) {
                if (!part.isEmpty()) {
                    result.add(part);
                }
            }
            return Set.copyOf(result);
        }
        return strings(scope != null ? scope : claims.get("scp"));
    }
}
