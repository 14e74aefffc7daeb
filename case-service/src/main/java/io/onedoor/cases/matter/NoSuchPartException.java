package io.onedoor.cases.matter;

/**
 * A part the matter does not have: an assignment, a whistle, a lock or an instalment named by
 * the request. The edge answers each as {@code <part>-not-found}.
 */
public abstract class NoSuchPartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String part;

    NoSuchPartException(String part, String message) {
        super(message);
        this.part = part;
    }

    /** What kind of part was not found, as the problem's type names it: {@code assignment}, say. */
    public String part() {
        return part;
    }
}
