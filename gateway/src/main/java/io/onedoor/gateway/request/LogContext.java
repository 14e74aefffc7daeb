package io.onedoor.gateway.request;

import io.micrometer.context.ContextRegistry;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Carries the request id and the tenant from the Reactor context into the logging MDC, so gateway
 * log lines have both, like the services' ({@code logging.pattern.correlation}). Filters write the
 * values into the Reactor context; with {@code spring.reactor.context-propagation=auto} Reactor
 * restores them as MDC entries on whichever thread runs the next step.
 */
@Component
public class LogContext {

    public static final String REQUEST_ID = "requestId";

    public static final String TENANT = "tenant";

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
