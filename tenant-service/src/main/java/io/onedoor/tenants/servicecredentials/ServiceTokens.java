package io.onedoor.tenants.servicecredentials;

import io.onedoor.support.access.Caller;
import io.onedoor.tenants.IdentityProperties;
import io.onedoor.tenants.TokenProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * tenant-service's own service token, for its calls to case-service's internal API. It is the
 * issuer, so it signs the token itself with its current key rather than asking itself over HTTP:
 * the same claims a service client's token has, with {@code tenant-service} as client. One token
 * serves every call until shortly before it expires.
 */
@Component
public class ServiceTokens {

    static final String CLIENT_ID = "tenant-service";

    /** Renewed this long before it expires, so no call leaves with a token that dies on the way. */
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(60);

    private final JwtEncoder encoder;
    private final TokenProperties tokens;
    private final Duration lifetime;
    private final Clock clock;
    private volatile @Nullable Minted current;

    ServiceTokens(JwtEncoder encoder, TokenProperties tokens, IdentityProperties identity) {
        this.encoder = encoder;
        this.tokens = tokens;
        this.lifetime = identity.accessTokenTtl();
        this.clock = Clock.systemUTC();
    }

    /** A service token valid for at least another minute. */
    public String token() {
        Instant now = clock.instant();
        Minted minted = current;
        if (minted == null || !now.isBefore(minted.expiresAt().minus(RENEW_BEFORE))) {
            minted = mint(now);
            current = minted;
        }
        return minted.value();
    }

    /**
     * Adds the token to each request of a client it is added to; a 401 answer drops it (the next
     * call signs a new one, with the current key).
     */
    public ClientHttpRequestInterceptor interceptor() {
        return (request, body, execution) -> {
            request.getHeaders().set(HttpHeaders.AUTHORIZATION, "Bearer " + token());
            var response = execution.execute(request, body);
            if (response.getStatusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED)) {
                current = null;
            }
            return response;
        };
    }

    private Minted mint(Instant now) {
        Instant expiresAt = now.plus(lifetime);
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(tokens.issuer())
                .subject(CLIENT_ID)
                .audience(List.of(Caller.SERVICE_AUDIENCE))
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(expiresAt)
                .id(UUID.randomUUID().toString())
                .claim("client_id", CLIENT_ID)
                .claim("roles", List.of(Caller.SERVICE_ROLE))
                .claim("scope", ServiceClients.SCOPE)
                .build();
        String value = encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
        return new Minted(value, expiresAt);
    }

    private record Minted(String value, Instant expiresAt) {}
}
