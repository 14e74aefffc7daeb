package io.onedoor.gateway.ratelimit;

import io.onedoor.gateway.problem.Problem;
import org.springframework.http.HttpStatus;

/**
 * 429s, saying whose budget ran out: the tenant's (shared by all its callers), the client's own,
 * or, at the authorization server's doors, the calling network's or the client id's.
 */
final class RateLimitProblems {

    static final Problem TENANT = new Problem(
            HttpStatus.TOO_MANY_REQUESTS,
            "rate-limited",
            "Too many requests",
            "This tenant's request rate is exceeded; retry after the number of seconds in Retry-After.");

    static final Problem CLIENT = new Problem(
            HttpStatus.TOO_MANY_REQUESTS,
            "rate-limited",
            "Too many requests",
            "This client's request rate is exceeded; retry after the number of seconds in Retry-After.");

    static final Problem ADDRESS = new Problem(
            HttpStatus.TOO_MANY_REQUESTS,
            "rate-limited",
            "Too many requests",
            "Too many sign-in or token requests from this network; retry after the number of seconds in"
                    + " Retry-After.");

    static final Problem TOKEN_CLIENT = new Problem(
            HttpStatus.TOO_MANY_REQUESTS,
            "rate-limited",
            "Too many requests",
            "Too many token requests for this client; retry after the number of seconds in Retry-After.");

    private RateLimitProblems() {}
}
