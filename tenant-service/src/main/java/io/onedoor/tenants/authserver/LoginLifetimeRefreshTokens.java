package io.onedoor.tenants.authserver;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.keygen.Base64StringKeyGenerator;
import org.springframework.security.crypto.keygen.StringKeyGenerator;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * Refresh tokens for the console, a public client, which Spring's default generator refuses to
 * give any. They are rotated on every use (the client's token settings say so), and a rotated one
 * keeps the expiry of the login that started the chain: a login lasts the refresh-token lifetime
 * (8 hours) at most, however often it is refreshed.
 */
final class LoginLifetimeRefreshTokens implements OAuth2TokenGenerator<OAuth2RefreshToken> {

    private final StringKeyGenerator values =
            new Base64StringKeyGenerator(Base64.getUrlEncoder().withoutPadding(), 96);

    @Override
    public @Nullable OAuth2RefreshToken generate(OAuth2TokenContext context) {
        if (!OAuth2TokenType.REFRESH_TOKEN.equals(context.getTokenType())
                || !context.getRegisteredClient()
                        .getAuthorizationGrantTypes()
                        .contains(AuthorizationGrantType.REFRESH_TOKEN)) {
            return null;
        }
        Instant now = Instant.now();
        Duration ttl = context.getRegisteredClient().getTokenSettings().getRefreshTokenTimeToLive();
        Instant expiresAt = now.plus(ttl);
        OAuth2Authorization authorization = context.getAuthorization();
        if (AuthorizationGrantType.REFRESH_TOKEN.equals(context.getAuthorizationGrantType())
                && authorization != null
                && authorization.getRefreshToken() != null) {
            Instant loginEnds = authorization.getRefreshToken().getToken().getExpiresAt();
            if (loginEnds != null && loginEnds.isBefore(expiresAt)) {
                expiresAt = loginEnds;
            }
        }
        return new OAuth2RefreshToken(values.generateKey(), now, expiresAt);
    }
}
