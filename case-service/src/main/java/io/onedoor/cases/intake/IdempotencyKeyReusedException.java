package io.onedoor.cases.intake;

/** An Idempotency-Key already used with a different request. */
public class IdempotencyKeyReusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdempotencyKeyReusedException() {
        super("was already used with a different request");
    }
}
