package io.onedoor.cases.matter;

import java.util.List;

/**
 * A step the matter's state does not allow now: names the matter's status, the steps it allows
 * now, and what stands in the way.
 */
public class IllegalTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final MatterStatus status;
    private final List<Step> allowed;

    public IllegalTransitionException(MatterStatus status, List<Step> allowed, String reason) {
        super(reason);
        this.status = status;
        this.allowed = List.copyOf(allowed);
    }

    public MatterStatus status() {
        return status;
    }

    public List<Step> allowed() {
        return allowed;
    }
}
