package io.onedoor.support.access;

import io.onedoor.support.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as a problem, with {@code WWW-Authenticate: Bearer}: {@code unauthenticated} without a token,
 * {@code invalid-token} for one that does not verify. Never says why a token failed.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final Problems problems;

    public ProblemAuthenticationEntryPoint(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean tokenPresent = failure instanceof InvalidBearerTokenException
                || failure instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException;
        response.setHeader("WWW-Authenticate", tokenPresent ? "Bearer error=\"invalid_token\"" : "Bearer");
        problems.write(
                response,
                tokenPresent
                        ? Problems.of(
                                HttpStatus.UNAUTHORIZED,
                                "invalid-token",
                                "Invalid token",
                                "The bearer token is not valid.")
                        : Problems.of(
                                HttpStatus.UNAUTHORIZED,
                                "unauthenticated",
                                "Not authenticated",
                                "A bearer token is required."));
    }
}
