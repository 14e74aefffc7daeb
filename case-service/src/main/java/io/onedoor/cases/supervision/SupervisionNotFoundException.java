package io.onedoor.cases.supervision;

/** No such item in the tenant, or none on a matter the caller reaches (which it must not tell apart). */
public class SupervisionNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SupervisionNotFoundException() {
        super("No such supervision item.");
    }
}
