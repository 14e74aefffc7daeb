package io.onedoor.gateway.auth;

import io.onedoor.gateway.problem.Problem;
import org.springframework.http.HttpStatus;

/**
 * The authentication step's refusals. An invalid token is never told apart: expired, wrongly
 * signed, malformed and oversized all get the same answer, and nothing of the token is echoed.
 */
final class AuthenticationProblems {

    static final Problem UNAUTHENTICATED =
            new Problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Not authenticated", "A bearer token is required.");

    static final Problem INVALID_TOKEN =
            new Problem(HttpStatus.UNAUTHORIZED, "invalid-token", "Invalid token", "The bearer token is not valid.");

    static final Problem UNAVAILABLE = new Problem(
            HttpStatus.SERVICE_UNAVAILABLE,
            "authentication-unavailable",
            "Authentication unavailable",
            "The gateway cannot verify tokens right now; try again shortly.");

    /** Seconds a client should wait while the issuer's keys cannot be fetched. */
    static final long UNAVAILABLE_RETRY_AFTER = 5;

    /** RFC 6750: a 401 names the scheme; with a token that failed, also the error code. */
    static final String CHALLENGE = "Bearer";

    static final String INVALID_TOKEN_CHALLENGE = "Bearer error=\"invalid_token\"";

    private AuthenticationProblems() {}
}
