package io.onedoor.cases.lifecycle;

/** A step decided on a version of the matter that is no longer its current one. */
public class StaleMatterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleMatterException(long current) {
        super("The matter changed since it was read (it is at version " + current
                + "); read it again and decide again.");
    }
}
