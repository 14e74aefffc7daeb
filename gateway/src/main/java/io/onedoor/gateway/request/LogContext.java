package io.onedoor.gateway.request;

import io.micrometer.context.ContextRegistry;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Carries the request id and the tenant from the Reactor context into the logging MDC, so gateway
 * log lines have both, like the services' ({@code logging.pattern.correlation}). Filters write the
 * values into the Reactor context. With {@code spring.reactor.context-propagation=limited} Reactor
 * restores them as MDC entries only in {@code handle} and {@code tap}, not on every operator of
 * every request (which cost a tenth of the gateway's CPU): a log line written in a reactive chain
 * goes through {@link #logged}.
 */
@Component
public class LogContext {

    public static final String REQUEST_ID = "requestId";

    public static final String TENANT = "tenant";

    /** The value, once the log statement ran with the request's MDC (for a reactive chain). */
    public static <T> Mono<T> logged(T value, Runnable logStatement) {
        return Mono.just(value).handle((same, sink) -> {
            logStatement.run();
            sink.next(same);
        });
    }

    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    LogContext() {
        // The registry is JVM-wide; several application contexts (tests) must register once.
        if (REGISTERED.compareAndSet(false, true)) {
            for (String key : new String[] {REQUEST_ID, TENANT}) {
                ContextRegistry.getInstance()
                        .registerThreadLocalAccessor(
                                key, () -> MDC.get(key), value -> MDC.put(key, value), () -> MDC.remove(key));
            }
        }
    }
}
