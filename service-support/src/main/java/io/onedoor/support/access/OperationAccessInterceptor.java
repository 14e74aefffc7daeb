package io.onedoor.support.access;

import io.onedoor.support.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applies the spec's {@code x-onedoor-access} rules of the operation a request is for, from the
 * verified token alone. A request under {@code /api/} or {@code /internal/} that matches no
 * declared operation is refused: nothing is reachable that the spec does not declare.
 */
public class OperationAccessInterceptor implements HandlerInterceptor {

    private final AccessPolicy policy;
    private final AccessFacts facts;
    private final Problems problems;

    public OperationAccessInterceptor(AccessPolicy policy, AccessFacts facts, Problems problems) {
        this.policy = policy;
        this.facts = facts;
        this.problems = problems;
    }

    /** The allowed request's operation, kept for the interceptors after this one (found once). */
    static final String MATCH_ATTRIBUTE = OperationAccessInterceptor.class.getName() + ".match";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<AccessPolicy.Match> match = policy.match(request.getMethod(), path);
        if (match.isEmpty()) {
            if (path.startsWith("/api/") || path.startsWith("/internal/")) {
                problems.write(response, forbidden());
                return false;
            }
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken jwt)) {
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.write(
                    response,
                    Problems.of(
                            HttpStatus.UNAUTHORIZED,
                            "unauthenticated",
                            "Not authenticated",
                            "A bearer token is required."));
            return false;
        }
        Caller caller = Caller.fromClaims(jwt.getToken().getClaims());
        switch (policy.decide(match.get(), caller, facts)) {
            case ALLOW -> {
                request.setAttribute(RequestCaller.ATTRIBUTE, caller);
                request.setAttribute(MATCH_ATTRIBUTE, match.get());
                return true;
            }
            case NOT_FOUND -> {
                problems.write(
                        response,
                        Problems.of(HttpStatus.NOT_FOUND, "tenant-not-found", "Unknown tenant", "No such tenant."));
                return false;
            }
            default -> {
                problems.write(response, forbidden());
                return false;
            }
        }
    }

    private static org.springframework.http.ProblemDetail forbidden() {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "The caller may not perform this request.");
    }
}
