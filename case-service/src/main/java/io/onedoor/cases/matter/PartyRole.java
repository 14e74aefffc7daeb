package io.onedoor.cases.matter;

public enum PartyRole {
    APPLICANT,
    RESPONDENT,
    THIRD_PARTY
}
