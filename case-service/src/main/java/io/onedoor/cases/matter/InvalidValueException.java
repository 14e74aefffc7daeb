package io.onedoor.cases.matter;

/**
 * A value refused by a domain rule. The message says what is wrong and is safe to show a caller:
 * it never repeats the value, which may be personal data.
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message) {
        super(message);
    }
}
