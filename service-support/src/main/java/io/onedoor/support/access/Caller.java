package io.onedoor.support.access;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling, as the verified access token says (docs/security.md): never built from a
 * request header.
 *
 * @param audiences the token's {@code aud}; {@link #SERVICE_AUDIENCE} marks one of the platform's
 *     own services
 * @param department the code of the department a person works for (claim {@code department}),
 *     so that a department's staff act only on its assignments; none for integrators and services
 * @param login a person's login ({@code username@center}, claim {@code preferred_username}): who
 *     they are in a matter's timeline; none for integrators and services, named by their client
 */
public record Caller(
        String subject,
        @Nullable String clientId,
        @Nullable String tenant,
        @Nullable String province,
        @Nullable String orgUnit,
        Set<String> roles,
        Set<String> scopes,
        Set<String> audiences,
        @Nullable String department,
        @Nullable String login) {

    /** The audience only service tokens carry: the issuer gives it to no other token. */
    public static final String SERVICE_AUDIENCE = "service";

    /** The role of a service token. */
    public static final String SERVICE_ROLE = "SERVICE";

    /** A caller without a login (an integrator, a service, or a person in a test's eyes). */
    public Caller(
            String subject,
            @Nullable String clientId,
            @Nullable String tenant,
            @Nullable String province,
            @Nullable String orgUnit,
            Set<String> roles,
            Set<String> scopes,
            Set<String> audiences,
            @Nullable String department) {
        this(subject, clientId, tenant, province, orgUnit, roles, scopes, audiences, department, null);
    }

    /** A caller of no department. */
    public Caller(
            String subject,
            @Nullable String clientId,
            @Nullable String tenant,
            @Nullable String province,
            @Nullable String orgUnit,
            Set<String> roles,
            Set<String> scopes,
            Set<String> audiences) {
        this(subject, clientId, tenant, province, orgUnit, roles, scopes, audiences, null);
    }

    /** A caller whose token names no audience the platform looks at (a person or an integrator). */
    public Caller(
            String subject,
            @Nullable String clientId,
            @Nullable String tenant,
            @Nullable String province,
            @Nullable String orgUnit,
            Set<String> roles,
            Set<String> scopes) {
        this(subject, clientId, tenant, province, orgUnit, roles, scopes, Set.of(), null);
    }

    public static Caller fromClaims(Map<String, Object> claims) {
        return new Caller(
                String.valueOf(claims.get("sub")),
                text(claims.get("client_id")),
                text(claims.get("tenant")),
                text(claims.get("province")),
                text(claims.get("org_unit")),
                strings(claims.get("roles")),
                scopes(claims),
                strings(claims.get("aud")),
                text(claims.get("department")),
                text(claims.get("preferred_username")));
    }

    /** How the caller is named where people read it: a person's login, else its subject. */
    public String displayedAs() {
        return login != null ? login : subject;
    }

    /**
     * A token for the platform's internal API (the service audience): it acts for no tenant,
     * province or person, and opens nothing under {@code /api/}, whatever else it claims.
     */
    public boolean isService() {
        return audiences.contains(SERVICE_AUDIENCE);
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
