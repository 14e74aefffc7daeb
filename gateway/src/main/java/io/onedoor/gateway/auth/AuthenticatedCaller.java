package io.onedoor.gateway.auth;

import io.onedoor.support.access.Caller;
import java.util.Optional;
import org.springframework.web.server.ServerWebExchange;

/**
 * The caller a request's verified token describes, for the steps after authentication
 * (authorization, per-client rate limit). Set only from a verified token, never from a header.
 */
public final class AuthenticatedCaller {

    private static final String ATTRIBUTE = AuthenticatedCaller.class.getName();

    private AuthenticatedCaller() {}

    public static Optional<Caller> of(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
    }

    static void bind(ServerWebExchange exchange, Caller caller) {
        exchange.getAttributes().put(ATTRIBUTE, caller);
    }
}
