package io.onedoor.cases.matter;

/** A summons the matter does not have. */
public class NoSuchWhistleException extends NoSuchPartException {

    private static final long serialVersionUID = 1L;

    public NoSuchWhistleException() {
        super("whistle", "No such whistle of this matter.");
    }
}
