package io.onedoor.gateway.request;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;

/**
 * How long one of the gateway's steps took for one request, as a JDK Flight Recorder event: the
 * per-step timing a profile of the gateway under load needs (the benchmark prints it from its
 * recordings). Costs next to nothing unless a recording asks for {@value #NAME}.
 *
 * <p>A step's time runs from the moment it starts until it hands the request to the next step, so
 * it includes the step's own I/O (a Redis round trip, say) and nothing after it. The step {@value
 * #REQUEST} covers the whole exchange and {@value #UPSTREAM} the service's part (from the last
 * step until the response is written).
 */
@Name(StepEvent.NAME)
@Label("Gateway step")
@Description("One step of the gateway for one request")
@Category({"OneDoor", "Gateway"})
@StackTrace(false)
public final class StepEvent extends Event {

    public static final String NAME = "io.onedoor.gateway.Step";

    public static final String REQUEST = "request";

    public static final String UPSTREAM = "upstream";

    @Label("Step")
    private final String step;

    private StepEvent(String step) {
        this.step = step;
    }

    /** Starts timing a step. */
    public static StepEvent begin(String step) {
        StepEvent event = new StepEvent(step);
        event.begin();
        return event;
    }

    /** Ends the step and records it, if a recording asks for these events. */
    public void finish() {
        if (shouldCommit()) {
            commit();
        }
    }

    /** The rest of the chain, entered once this step is over: the step ends when the next begins. */
    public GatewayFilterChain until(GatewayFilterChain chain) {
        return exchange -> {
            finish();
            return chain.filter(exchange);
        };
    }
}
