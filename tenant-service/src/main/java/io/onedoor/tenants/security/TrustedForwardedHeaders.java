package io.onedoor.tenants.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Forwarded headers ({@code X-Forwarded-For/-Host/-Proto/-Port/-Prefix}, {@code Forwarded}) count
 * only on a connection from a trusted proxy, the gateway: then the request's address, host and
 * scheme are the ones it forwarded (so the authorization server's redirects name the gateway, and
 * the audit log's "from where" is the caller's address as the gateway saw it). From anyone else
 * they are removed before anything reads them, and the connection's own peer is the caller.
 */
final class TrustedForwardedHeaders extends OncePerRequestFilter {

    private final List<IpAddressMatcher> proxies;
    private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();
    private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

    TrustedForwardedHeaders(TrustedProxiesProperties properties) {
        this.proxies = properties.trustedProxies().stream()
                .map(proxy -> new IpAddressMatcher(proxy.strip()))
                .toList();
        remove.setRemoveOnly(true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String peer = request.getRemoteAddr();
        boolean trusted = proxies.stream().anyMatch(proxy -> proxy.matches(peer));
        (trusted ? apply : remove).doFilter(request, response, chain);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
