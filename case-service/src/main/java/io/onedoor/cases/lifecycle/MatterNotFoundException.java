package io.onedoor.cases.lifecycle;

/** No such matter, or none the caller reaches (which it must not be able to tell apart). */
public class MatterNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MatterNotFoundException() {
        super("No such matter.");
    }
}
