package io.onedoor.tenants.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Takes the bearer token from the one Authorization header only (never a query or form
 * parameter). A header over 8 KB, far beyond any token this issuer signs, is refused before it is
 * parsed; so are several Authorization headers, which a proxy might read differently from us.
 */
final class BoundedBearerTokenResolver implements BearerTokenResolver {

    static final int MAX_HEADER_LENGTH = 8 * 1024;

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
