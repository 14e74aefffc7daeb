package io.onedoor.cases.matter;

import java.util.regex.Pattern;

/**
 * A mainland mobile number or a landline with area code. Personal data: {@link #toString()}
 * shows it masked, the full value only through {@link #value()}.
 */
public record PhoneNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$");

    public PhoneNumber {
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("must be a mobile number (11 digits) or a landline with area code");
        }
    }

    /** The first three and last four characters, the rest starred: {@code 138****5678}. */
    public String masked() {
        return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
