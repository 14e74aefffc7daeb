package io.onedoor.gateway.request;

import java.util.UUID;
import org.springframework.web.server.ServerWebExchange;

/**
 * The id the gateway gives each request: sent to the service as {@value #HEADER}, returned to the
 * client in the same header and in every problem body, and put in every log line (see {@link
 * LogContext}).
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";

    private static final String ATTRIBUTE = RequestId.class.getName();

    private RequestId() {}

    /** The request's id; a fresh one if the identity filter has not run (it always runs first). */
    public static String of(ServerWebExchange exchange) {
        return exchange.getAttributes()
                .computeIfAbsent(ATTRIBUTE, key -> UUID.randomUUID().toString())
                .toString();
    }
}
