package io.onedoor.cases.matter;

/** An assignment the matter does not have. */
public class NoSuchAssignmentException extends NoSuchPartException {

    private static final long serialVersionUID = 1L;

    public NoSuchAssignmentException() {
        super("assignment", "No such assignment of this matter.");
    }
}
