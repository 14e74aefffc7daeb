package io.onedoor.support.tenancy;

import io.onedoor.support.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Binds the tenant named in the request path for the length of the request. A path that matches
 * a tenant-scoped pattern but names no valid tenant code is answered 404 here, before any handler
 * or SQL runs; the answer does not repeat the code.
 */
public class TenantScopeFilter extends OncePerRequestFilter {

    private final List<PathPattern> scopedPaths;
    private final Problems problems;

    public TenantScopeFilter(List<String> scopedPaths, Problems problems) {
        this.scopedPaths = scopedPaths.stream()
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String raw = tenantIn(request);
        if (raw == null) {
            chain.doFilter(request, response);
            return;
        }
        var tenant = TenantCode.parse(raw);
        if (tenant.isEmpty()) {
            problems.write(
                    response,
                    Problems.of(HttpStatus.NOT_FOUND, "tenant-not-found", "Unknown tenant", "No such tenant."));
            return;
        }
        try (CurrentTenant.Scope ignored = CurrentTenant.enter(tenant.get())) {
            chain.doFilter(request, response);
        }
    }

    private String tenantIn(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        for (PathPattern pattern : scopedPaths) {
            PathPattern.PathMatchInfo match = pattern.matchAndExtract(path);
            if (match != null) {
                return match.getUriVariables().get("tenant");
            }
        }
        return null;
    }
}
