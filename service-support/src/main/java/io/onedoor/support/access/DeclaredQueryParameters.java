package io.onedoor.support.access;

import io.onedoor.support.web.Problems;
import io.onedoor.support.web.Problems.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a query parameter the API operation does not declare in the spec, with a 400 problem
 * naming each one: a filter the operation does not have ({@code ?state=CLOSED} on the ledger, whose filter is {@code status})
 * would otherwise be ignored and the caller would take every row for the filtered ones. Only
 * {@code /api/} operations are checked; the login form and the authorization server take the
 * parameters of their own protocols.
 */
public class DeclaredQueryParameters implements HandlerInterceptor {

    /** A name longer than any declared one is cut in the answer: it is repeated, not trusted. */
    private static final int NAME_SHOWN = 64;

    private final AccessPolicy policy;
    private final Problems problems;

    public DeclaredQueryParameters(AccessPolicy policy, Problems problems) {
        this.policy = policy;
        this.problems = problems;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        String query = request.getQueryString();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (query == null || query.isEmpty() || !path.startsWith("/api/")) {
            return true;
        }
        // The access check, which runs first, has already found the operation of an allowed request.
        Optional<AccessPolicy.Match> match =
                request.getAttribute(OperationAccessInterceptor.MATCH_ATTRIBUTE) instanceof AccessPolicy.Match found
                        ? Optional.of(found)
                        : policy.match(request.getMethod(), path);
        if (match.isEmpty()) {
            // Nothing undeclared is served: the access check refuses it.
            return true;
        }
        Set<String> declared = match.get().operation().queryParameters();
        List<FieldProblem> errors = new ArrayList<>();
        for (String name : namesIn(query)) {
            if (name == null) {
                errors.add(new FieldProblem("query", "is not valid percent-encoding"));
            } else if (!declared.contains(name)) {
                errors.add(new FieldProblem(shown(name), unknown(declared)));
            }
        }
        if (errors.isEmpty()) {
            return true;
        }
        problems.write(
                response, Problems.invalid(HttpStatus.BAD_REQUEST, "validation", "Request is not valid", errors));
        return false;
    }

    /** The distinct parameter names of a query string, decoded; null for one that does not decode. */
    private static Set<String> namesIn(String query) {
        Set<String> names = new LinkedHashSet<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String raw = equals < 0 ? pair : pair.substring(0, equals);
            try {
                names.add(URLDecoder.decode(raw, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                names.add(null);
            }
        }
        return names;
    }

    private static String unknown(Set<String> declared) {
        return declared.isEmpty()
                ? "is not a parameter of this operation, which takes no query parameters"
                : "is not a parameter of this operation, which takes "
                        + String.join(", ", declared.stream().sorted().toList());
    }

    private static String shown(String name) {
        return name.length() <= NAME_SHOWN ? name : name.substring(0, NAME_SHOWN) + "...";
    }
}
