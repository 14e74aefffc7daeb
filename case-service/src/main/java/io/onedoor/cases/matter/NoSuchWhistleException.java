package io.onedoor.cases.matter;

/** A summons the matter does not have. */
public class NoSuchWhistleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoSuchWhistleException() {
        super("No such whistle of this matter.");
    }
}
