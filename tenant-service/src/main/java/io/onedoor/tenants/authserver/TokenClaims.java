package io.onedoor.tenants.authserver;

import io.onedoor.support.access.Caller;
import io.onedoor.tenants.accounts.Account;
import io.onedoor.tenants.accounts.AccountRepository;
import io.onedoor.tenants.accounts.Role;
import io.onedoor.tenants.clients.ClientClaims;
import io.onedoor.tenants.servicecredentials.ServiceClients;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claims of docs/security.md. A person's come from their account as it is when the token is
 * made (so a role change shows in the next token, and a locked account gets none); a client's
 * from its registered settings. Scopes are never more than the roles or the grant allow. Only the
 * platform's service clients get the {@code service} audience; every other token's audience is
 * its client id alone.
 */
@Component
class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final AccountRepository accounts;

    TokenClaims(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public void customize(JwtEncodingContext context) {
        RegisteredClient client = context.getRegisteredClient();
        JwtClaimsSet.Builder claims = context.getClaims();
        boolean service = ServiceClients.isService(client);
        if (!service) {
            if (Caller.SERVICE_AUDIENCE.equals(client.getClientId())) {
                // A client of that name would carry the service audience by default.
                throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.UNAUTHORIZED_CLIENT));
            }
            claims.audience(plainList(List.of(client.getClientId())));
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                if (service) {
                    serviceClaims(client, claims);
                } else {
                    clientClaims(client, context.getAuthorizedScopes(), claims);
                }
            }
            return;
        }
        if (service) {
            // Service clients have the client-credentials grant only; nothing else is theirs.
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.UNAUTHORIZED_CLIENT));
        }
        Account account = activeAccount(context.getPrincipal());
        claims.subject(account.id().toString());
        if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            claims.claim("name", account.displayName());
            claims.claim("preferred_username", account.login());
            return;
        }
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        claims.claim("client_id", client.getClientId());
        // Who the person is, as the steps they take show it (the subject is an opaque id).
        claims.claim("preferred_username", account.login());
        if (account.tenantCode() != null) {
            claims.claim("tenant", account.tenantCode());
        }
        // A platform administrator belongs to no province, so no province rule can admit them.
        if (account.provinceCode() != null) {
            claims.claim("province", account.provinceCode());
        }
        if (account.orgUnitCode() != null) {
            claims.claim("org_unit", account.orgUnitCode());
        }
        // Only people work for a department; integrator and service tokens returned above.
        if (account.departmentCode() != null) {
            claims.claim("department", account.departmentCode());
        }
        claims.claim("roles", plainList(account.roles().stream().map(Role::name).toList()));
        claims.claim("scope", String.join(" ", personScopes(account.roles(), context.getAuthorizedScopes())));
    }

    /**
     * The scopes a person's roles bring, narrowed to those asked for when the request named any of
     * the platform's scopes (OpenID scopes such as {@code openid} do not narrow).
     */
    static Set<String> personScopes(Set<Role> roles, Set<String> requested) {
        Set<String> granted = Role.scopesOf(roles);
        Set<String> asked = new LinkedHashSet<>(requested);
        asked.retainAll(Role.allScopes());
        if (!asked.isEmpty()) {
            granted.retainAll(asked);
        }
        return granted;
    }

    /**
     * A service token: the service audience, the SERVICE role and the {@code internal} scope, and
     * no tenant, province or person, so it opens the internal operations that name its service and
     * nothing else.
     */
    private static void serviceClaims(RegisteredClient client, JwtClaimsSet.Builder claims) {
        claims.subject(client.getClientId());
        claims.audience(plainList(List.of(Caller.SERVICE_AUDIENCE)));
        claims.claim("client_id", client.getClientId());
        claims.claim("roles", plainList(List.of(Caller.SERVICE_ROLE)));
        claims.claim("scope", ServiceClients.SCOPE);
    }

    private static void clientClaims(RegisteredClient client, Set<String> authorized, JwtClaimsSet.Builder claims) {
        ClientClaims stored = ClientClaims.of(client);
        if (stored == null) {
            // Only clients this service registered for client credentials carry claims.
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.UNAUTHORIZED_CLIENT));
        }
        // Without a scope parameter, a client gets every scope it was granted, and never more.
        List<String> scopes = new ArrayList<>(authorized.isEmpty() ? client.getScopes() : authorized);
        scopes.retainAll(client.getScopes());
        claims.claim("client_id", client.getClientId());
        if (stored.tenant() != null) {
            claims.claim("tenant", stored.tenant());
        }
        claims.claim("province", stored.province());
        claims.claim("roles", plainList(stored.roles()));
        claims.claim("scope", String.join(" ", scopes.stream().sorted().toList()));
    }

    /**
     * The claims are kept with the authorization and read back on refresh by a JSON mapper that
     * accepts only well-known collection types; an ArrayList is one, Java's immutable lists are not.
     */
    private static List<String> plainList(List<String> values) {
        return new ArrayList<>(values);
    }

    /**
     * The person the token is for. An account gone or locked by an administrator gets no more
     * tokens, refresh included; a lock-out after failed logins only stops new logins, so guessing
     * at someone's password cannot end their session.
     */
    private Account activeAccount(Authentication principal) {
        return accounts.findByLogin(principal.getName())
                .filter(account -> !account.isLockedByAdministrator())
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT)));
    }
}
