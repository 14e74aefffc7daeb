package io.onedoor.cases.matter;

/** A department's step taken by staff of another department. */
public class NotAssigneeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotAssigneeException(String message) {
        super(message);
    }
}
