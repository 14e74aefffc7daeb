package io.onedoor.gateway.problem;

import io.onedoor.gateway.request.LogContext;
import io.onedoor.gateway.request.RequestId;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Every error the gateway itself produces becomes a problem: no route (404), an unreachable or
 * slow service (503, 504), anything else (500, logged with its cause, answered without it).
 * Replaces Spring Boot's default handler, whose bodies are neither problem+json nor free of
 * internal detail.
 */
@Component
@Order(-2)
class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private final ProblemResponses problems;

    GatewayErrorHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        Problem problem = problemFor(error);
        if (problem.status().is5xxServerError()) {
            // Error handling runs outside the request's Reactor context: put the id in by hand.
            try (var requestId = MDC.putCloseable(LogContext.REQUEST_ID, RequestId.of(exchange))) {
                if (problem == Problem.INTERNAL_ERROR) {
                    log.error("Unexpected gateway error", error);
                } else {
                    log.warn("Service call failed: {}", error.toString());
                }
            }
        }
        // Whatever the failed step set goes, except the CORS answer: the console must be able
        // to read this problem too.
        var headers = exchange.getResponse().getHeaders();
        headers.headerNames().stream()
                .filter(name ->
                        !name.regionMatches(true, 0, "Access-Control-", 0, 15) && !name.equalsIgnoreCase("Vary"))
                .toList()
                .forEach(headers::remove);
        return problem.status() == HttpStatus.SERVICE_UNAVAILABLE
                ? problems.send(exchange, problem, 5)
                : problems.send(exchange, problem);
    }

    static Problem problemFor(Throwable error) {
        if (error instanceof ResponseStatusException statusError) {
            return forStatus(statusError.getStatusCode());
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException
                    || cause instanceof UnknownHostException
                    || cause instanceof ClosedChannelException
                    || cause instanceof PrematureCloseException
                    || cause instanceof AbortedException) {
                return Problem.SERVICE_UNAVAILABLE;
            }
        }
        return Problem.INTERNAL_ERROR;
    }

    private static Problem forStatus(HttpStatusCode code) {
        HttpStatus status = HttpStatus.resolve(code.value());
        if (status == null || status == HttpStatus.INTERNAL_SERVER_ERROR) {
            return Problem.INTERNAL_ERROR;
        }
        return switch (status) {
            case NOT_FOUND -> Problem.NOT_FOUND;
            case SERVICE_UNAVAILABLE, BAD_GATEWAY -> Problem.SERVICE_UNAVAILABLE;
            case GATEWAY_TIMEOUT -> Problem.SERVICE_TIMEOUT;
            default -> {
                // Kind and title from the standard reason phrase: "Method Not Allowed" -> method-not-allowed.
                String reason = status.getReasonPhrase();
                yield new Problem(
                        status,
                        reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"),
                        reason,
                        "The gateway refused this request: " + reason.toLowerCase(Locale.ROOT) + ".");
            }
        };
    }
}
