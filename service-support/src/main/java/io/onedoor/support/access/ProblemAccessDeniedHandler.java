package io.onedoor.support.access;

import io.onedoor.support.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 as a problem, saying no more than that the caller may not do this. */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final Problems problems;

    public ProblemAccessDeniedHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        problems.write(
                response,
                Problems.of(
                        HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "The caller may not perform this request."));
    }
}
