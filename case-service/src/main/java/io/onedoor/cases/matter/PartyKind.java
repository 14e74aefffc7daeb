package io.onedoor.cases.matter;

public enum PartyKind {
    PERSON,
    ORGANIZATION
}
