package io.onedoor.cases.ledger;

/** A cursor this tenant's ledger did not issue (tampered with, another tenant's, or garbage). */
public class InvalidCursorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidCursorException() {
        super("is not a cursor of this ledger; start again without one");
    }
}
