package io.onedoor.gateway;

import io.onedoor.testsupport.TestIssuer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Access tokens from the stand-in issuer, with the claims of docs/security.md, as {@code
 * Authorization} header values. Each person gets a fresh subject, so a test's people never share a
 * rate-limit bucket by accident.
 */
public final class Tokens {

    public static final String CONSOLE = "onedoor-console";

    private final TestIssuer issuer;

    Tokens(TestIssuer issuer) {
        this.issuer = issuer;
    }

    public TestIssuer issuer() {
        return issuer;
    }

    /** A valid token with these claims, as an Authorization header value. */
    public String bearer(Map<String, Object> claims) {
        return "Bearer " + issuer.token(claims);
    }

    /** Staff of the tenant (province of the directory fixture), allowed to read and register matters. */
    public String staff(String tenant) {
        return bearer(person("STAFF", tenant, TenantDirectoryFixture.PROVINCE, "cases:read", "cases:write"));
    }

    /** A provincial operator of the province. */
    public String operator(String province) {
        return bearer(
                person("OPERATOR", null, province, "tenants:read", "tenants:write", "accounts:write", "audit:read"));
    }

    /** A person logged in through the console. */
    public static Map<String, Object> person(String role, String tenant, String province, String... scopes) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", UUID.randomUUID().toString());
        claims.put("client_id", CONSOLE);
        if (tenant != null) {
            claims.put("tenant", tenant);
        }
        claims.put("province", province);
        if (tenant != null && !role.equals("TENANT_ADMIN") && !role.equals("AUDITOR")) {
            claims.put("org_unit", "650000");
        }
        claims.put("roles", List.of(role));
        claims.put("scope", String.join(" ", scopes));
        return claims;
    }

    /** An integrator client of one tenant (or, with a null tenant, of a province). */
    public static Map<String, Object> integrator(String clientId, String tenant, String province, String... scopes) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", clientId);
        claims.put("client_id", clientId);
        if (tenant != null) {
            claims.put("tenant", tenant);
        }
        claims.put("province", province);
        claims.put("roles", List.of("INTEGRATOR"));
        claims.put("scope", String.join(" ", scopes));
        return claims;
    }
}
