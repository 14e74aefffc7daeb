package io.onedoor.cases.supervision;

/** How a closed item ended (the spec's {@code SupervisionOutcome}). */
public enum SupervisionOutcome {
    /** Verified put right: closed by a supervisor. */
    RECTIFIED(true, "已整改"),
    /** The matter closed, which closes the items its clocks opened. */
    MATTER_CLOSED(false, "事项已办结"),
    /** The matter was withdrawn. */
    WITHDRAWN(false, "事项已撤回"),
    /** Verification found nothing to put right: closed by a supervisor. */
    UNFOUNDED(true, "核查无问题");

    private final boolean byHand;
    private final String label;

    SupervisionOutcome(boolean byHand, String label) {
        this.byHand = byHand;
        this.label = label;
    }

    /** Whether a supervisor may close an item with it (the others follow the matter). */
    public boolean byHand() {
        return byHand;
    }

    String label() {
        return label;
    }
}
