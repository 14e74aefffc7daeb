package io.onedoor.cases.lifecycle;

/** A step that does not say which version of the matter it was decided on (no If-Match). */
public class PreconditionRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PreconditionRequiredException() {
        super(
                "Send the matter's ETag in If-Match, so a step is never taken on a matter that changed since it was read.");
    }
}
