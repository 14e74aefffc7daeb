package io.onedoor.cases.supervision;

/** A step of an item (the spec's {@code SupervisionStepKind}). */
public enum SupervisionStepKind {
    OPENED("立项"),
    /** 催办: by a supervisor, or automatically at the item's yellow and red. */
    REMINDER("催办"),
    /** 约谈. */
    INTERVIEW("约谈"),
    /** 通报批评. */
    CRITICISM_NOTICE("通报批评"),
    /** 整改通知. */
    RECTIFICATION_NOTICE("整改通知"),
    /** 问责建议. */
    ACCOUNTABILITY_RECOMMENDATION("问责建议"),
    /** 核查办结: closed after verification, or with the matter. */
    CLOSE("核查办结");

    private final String label;

    SupervisionStepKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
