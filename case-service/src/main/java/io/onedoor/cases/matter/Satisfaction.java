package io.onedoor.cases.matter;

/** The applicant's answer at the follow-up visit (回访). */
public enum Satisfaction {
    SATISFIED,
    BASICALLY_SATISFIED,
    UNSATISFIED
}
