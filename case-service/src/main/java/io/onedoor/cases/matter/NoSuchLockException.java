package io.onedoor.cases.matter;

/** A lock the matter does not have. */
public class NoSuchLockException extends NoSuchPartException {

    private static final long serialVersionUID = 1L;

    public NoSuchLockException() {
        super("lock", "No such lock of this matter.");
    }
}
