package io.onedoor.support.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Reads the bearer token from the Authorization header only (never from the query string or a
 * form), after refusing headers no real token needs: one longer than 8 KB is refused before any
 * parsing or key lookup, and so are several Authorization headers, which a proxy and this service
 * might read differently. Both servlet services use it; the gateway applies the same limits itself.
 */
public final class BoundedBearerTokenResolver implements BearerTokenResolver {

    /** The platform's tokens are well under 2 KB; 8 KB leaves room without inviting abuse. */
    public static final int MAX_HEADER_LENGTH = 8 * 1024;

    private final DefaultBearerTokenResolver delegate = new DefaultBearerTokenResolver();

    @Override
    public @Nullable String resolve(HttpServletRequest request) {
        List<String> headers = Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION));
        if (headers.size() > 1) {
            throw new InvalidBearerTokenException("several Authorization headers");
        }
        if (!headers.isEmpty() && headers.getFirst().length() > MAX_HEADER_LENGTH) {
            throw new InvalidBearerTokenException("Authorization header too long");
        }
        return delegate.resolve(request);
    }
}
