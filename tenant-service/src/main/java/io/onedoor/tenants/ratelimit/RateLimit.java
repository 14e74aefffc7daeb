package io.onedoor.tenants.ratelimit;

import io.onedoor.support.web.Problems.FieldProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One tenant's token bucket at the gateway: {@code replenishRate} requests a second, at most
 * {@code burstCapacity} at once. Build it with {@link #findings} first: a limit that breaks a rule
 * cannot exist.
 */
record RateLimit(int replenishRate, int burstCapacity) {

    /** Beyond these a limit protects nothing: the gateway's whole capacity is far below. */
    static final int MAX_REPLENISH_RATE = 10_000;

    static final int MAX_BURST_CAPACITY = 100_000;

    RateLimit {
        if (!findings(replenishRate, burstCapacity).isEmpty()) {
            throw new IllegalArgumentException("not a valid rate limit: " + findings(replenishRate, burstCapacity));
        }
    }

    /** Every rule the values break, each naming its field; empty when they make a limit. */
    static List<FieldProblem> findings(long replenishRate, long burstCapacity) {
        List<FieldProblem> problems = new ArrayList<>();
        if (replenishRate < 1 || replenishRate > MAX_REPLENISH_RATE) {
            problems.add(new FieldProblem("replenishRate", "must be between 1 and " + MAX_REPLENISH_RATE));
        }
        if (burstCapacity < 1 || burstCapacity > MAX_BURST_CAPACITY) {
            problems.add(new FieldProblem("burstCapacity", "must be between 1 and " + MAX_BURST_CAPACITY));
        } else if (burstCapacity < replenishRate) {
            // A bucket smaller than a second's refill would throw away tokens every second.
            problems.add(new FieldProblem("burstCapacity", "must be at least replenishRate"));
        }
        return problems;
    }

    /** The limit as the audit log shows it. */
    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("source", "OWN");
        state.put("replenishRate", replenishRate);
        state.put("burstCapacity", burstCapacity);
        return state;
    }
}
