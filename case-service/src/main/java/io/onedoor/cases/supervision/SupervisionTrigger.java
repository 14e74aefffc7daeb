package io.onedoor.cases.supervision;

/** Why an item was opened (the spec's {@code SupervisionTrigger}). */
public enum SupervisionTrigger {
    /** The matter's response, closure or petition clock turned red. */
    MATTER_OVERDUE(true, "事项超期"),
    /** An assignment's handling clock turned red. */
    ASSIGNMENT_OVERDUE(true, "交办超期"),
    /** An assignment stayed unsigned the set time past its response due. */
    UNSIGNED(true, "超时未签收"),
    /** A lock missed its deadline. */
    LOCK_MISSED(true, "分锁超期"),
    /** A follow-up was unsatisfied after the reopenings. */
    UNSATISFIED(false, "回访不满意"),
    /** A supervisor opened it. */
    MANUAL(false, "人工督办"),
    /** A superior center handed it down (issue 12). */
    HANDED_DOWN(false, "上级交办");

    private final boolean clock;
    private final String label;

    SupervisionTrigger(boolean clock, String label) {
        this.clock = clock;
        this.label = label;
    }

    /** Whether a clock opened it: such an item closes with its matter. */
    public boolean byClock() {
        return clock;
    }

    String label() {
        return label;
    }
}
