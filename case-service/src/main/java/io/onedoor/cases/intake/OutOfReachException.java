package io.onedoor.cases.intake;

/** A matter registered at an org unit outside the caller's reach (403 naming orgUnitCode). */
public class OutOfReachException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OutOfReachException() {
        super("is outside the org units the caller may register matters at");
    }
}
