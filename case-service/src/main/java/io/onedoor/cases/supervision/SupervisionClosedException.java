package io.onedoor.cases.supervision;

/** A step asked of an item already closed: it takes no more. */
public class SupervisionClosedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SupervisionClosedException() {
        super("The supervision item is closed and takes no more steps.");
    }
}
