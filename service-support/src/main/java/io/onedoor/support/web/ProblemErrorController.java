package io.onedoor.support.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's error page ({@code /error}): what neither a handler nor {@link ProblemAdvice}
 * answered (an exception out of a filter, a {@code sendError}, a request the container refused
 * before Spring saw it) is answered here as a problem, whatever the caller accepts, never with
 * the exception's text. Replaces Boot's error controller, whose bodies are not problems.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatusCode status = statusOf(request);
        if (status.is5xxServerError()) {
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            log.error(
                    "request failed outside the handlers: {}",
                    status,
                    failure instanceof Throwable cause ? cause : null);
        }
        ProblemDetail problem = Problems.forStatus(status, detailOf(status));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static HttpStatusCode statusOf(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                && code >= 400
                && code <= 599) {
            return HttpStatusCode.valueOf(code);
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** Fixed words per status: nothing of the request and nothing of a cause is repeated. */
    static String detailOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "The request is malformed: its path, query or headers cannot be read.";
            case 404 -> "There is no resource at this path.";
            case 405 -> "This path does not accept this method.";
            case 413 -> "The request body is larger than this path accepts.";
            case 414 -> "The request's URI is too long.";
            case 431 -> "The request's headers are too large.";
            case 500 -> "The request failed unexpectedly and changed nothing; quote the request id to support.";
            default ->
                status.is4xxClientError()
                        ? "The request was refused."
                        : "The request could not be served; quote the request id to support.";
        };
    }
}
