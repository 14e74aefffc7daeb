package io.onedoor.gateway.request;

import io.netty.channel.EventLoop;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.Connection;

/**
 * The event loop that serves a request's connection, as a scheduler: what a request does after
 * waiting on Redis is published back onto it. Lettuce delivers Redis's answers on its own I/O
 * thread, which must only read them (work done there holds up every other request's answer on
 * the shared connection). Published on Lettuce's computation threads instead, the rest of the
 * request ran there, and forwarding it took two more thread hand-offs: to the upstream
 * connection's event loop and back to the client's (JFR under the bench's load). On the request's
 * own loop, the upstream connection is taken from that same loop's pool and the answer is written
 * back without leaving it.
 */
public final class RequestEventLoop {

    /** One scheduler per event loop; a gateway has a handful of loops for its whole life. */
    private static final Map<EventLoop, Scheduler> SCHEDULERS = new ConcurrentHashMap<>();

    private RequestEventLoop() {}

    /**
     * The scheduler of the event loop serving the exchange, or the immediate one for an exchange
     * not served by Reactor Netty (a test's mock exchange), which then goes on where it is.
     */
    public static Scheduler of(ServerWebExchange exchange) {
        Object request = ServerHttpRequestDecorator.getNativeRequest(exchange.getRequest());
        if (request instanceof Connection connection) {
            return SCHEDULERS.computeIfAbsent(connection.channel().eventLoop(), Schedulers::fromExecutor);
        }
        return Schedulers.immediate();
    }
}
