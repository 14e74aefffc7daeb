package io.onedoor.cases.matter;

/** What a paused matter waits on. */
public enum PauseCause {
    /** The citizen's supplementary materials (补充材料). */
    CITIZEN,
    /** An outside body: an appraisal, a court, another authority. */
    OUTSIDE_BODY
}
