package io.onedoor.cases.matter;

/** What came of a matter. */
public enum OutcomeKind {
    MEDIATED_AGREEMENT,
    PAYMENT_AGREEMENT,
    JUDICIAL_CONFIRMATION,
    REFERRED_TO_LITIGATION,
    REFERRED_TO_ARBITRATION,
    REFERRED_TO_PETITIONS,
    WITHDRAWN,
    NOT_RESOLVED
}
