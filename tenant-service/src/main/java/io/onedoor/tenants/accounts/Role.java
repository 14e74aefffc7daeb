package io.onedoor.tenants.accounts;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A person's role, and the scopes it brings to their tokens (docs/security.md). */
public enum Role {
    OPERATOR("tenants:read", "tenants:write", "accounts:write", "audit:read"),
    TENANT_ADMIN("config:read", "config:write", "accounts:write", "audit:read"),
    STAFF("cases:read", "cases:write"),
    SUPERVISOR("cases:read", "cases:write", "supervision:write"),
    AUDITOR("cases:read", "audit:read"),
    /**
     * Runs the platform itself: creates and disables provincial operators and provincial clients
     * of any province. Holds no province and no center, so no rule that reaches a tenant's data
     * or acts on a tenant admits it.
     */
    PLATFORM_ADMIN("platform:write");

    /** Roles a center's own accounts may hold. */
    public static final Set<Role> OF_A_CENTER = EnumSet.of(TENANT_ADMIN, STAFF, SUPERVISOR, AUDITOR);

    /** Roles that work inside the org tree, so an account holding one needs an org unit. */
    static final Set<Role> IN_AN_ORG_UNIT = EnumSet.of(STAFF, SUPERVISOR);

    private final List<String> scopes;

    Role(String... scopes) {
        this.scopes = List.of(scopes);
    }

    public List<String> scopes() {
        return scopes;
    }

    /** Every scope the given roles bring, in a stable order. */
    public static Set<String> scopesOf(Iterable<Role> roles) {
        Set<String> scopes = new LinkedHashSet<>();
        roles.forEach(role -> scopes.addAll(role.scopes));
        return scopes;
    }

    /** Every scope any role brings: what a person's login may ask for. */
    public static Set<String> allScopes() {
        return scopesOf(EnumSet.allOf(Role.class));
    }
}
