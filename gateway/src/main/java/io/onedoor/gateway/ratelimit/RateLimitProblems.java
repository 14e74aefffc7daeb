package io.onedoor.gateway.ratelimit;

import io.onedoor.gateway.problem.Problem;
import org.springframework.http.HttpStatus;

/** 429s, saying whose budget ran out: the tenant's (shared by all its callers) or the client's own. */
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

    private RateLimitProblems() {}
}
