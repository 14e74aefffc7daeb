package io.onedoor.support.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Spring Security's firewall refuses a malformed request (a {@code //}, a {@code ;} or an
 * encoded dot, slash or backslash in the path, a control character in a header) before any filter
 * chain runs; it is answered 400 as a problem. The reason goes to the log, not to the caller.
 */
class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemRequestRejectedHandler.class);

    private final Problems problems;

    ProblemRequestRejectedHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejection)
            throws IOException {
        log.debug("request rejected by the firewall: {}", rejection.getMessage());
        problems.write(
                response,
                Problems.forStatus(HttpStatus.BAD_REQUEST, ProblemErrorController.detailOf(HttpStatus.BAD_REQUEST)));
    }
}
