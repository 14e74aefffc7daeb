package io.onedoor.cases.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security's resource server answers {@code /.well-known/oauth-protected-resource} (RFC
 * 9728) to anyone, ahead of every authorization rule, and offers no switch to turn it off. The
 * platform publishes no such metadata (callers reach the API through the gateway, and learn of
 * the issuer from docs/security.md), so the path is refused as every path this service does not
 * serve is: no request is answered that no rule allows.
 */
final class ResourceMetadataRefusal extends OncePerRequestFilter {

    static final String METADATA_PATH = "/.well-known/oauth-protected-resource";

    private final AuthenticationEntryPoint entryPoint;

    ResourceMetadataRefusal(AuthenticationEntryPoint entryPoint) {
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(METADATA_PATH)) {
            entryPoint.commence(request, response, new InsufficientAuthenticationException("not served"));
            return;
        }
        chain.doFilter(request, response);
    }
}
