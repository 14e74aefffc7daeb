package io.onedoor.cases.matter;

import java.util.regex.Pattern;

/**
 * The identity number of a party: for a person the resident identity card number (GB 11643,
 * checksum verified), for an organization its unified social credit code (shape only). Personal
 * data: {@link #toString()} shows it masked, the full value only through {@link #value()}.
 */
public record IdNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[0-9A-Z]{18}$");
    private static final Pattern RESIDENT_SHAPE = Pattern.compile("^[0-9]{17}[0-9X]$");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    public IdNumber {
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("must be 18 digits or capital letters");
        }
    }

    /** The number of a party of this kind, checked by that kind's rule. */
    public static IdNumber of(PartyKind kind, String value) {
        IdNumber number = new IdNumber(value);
        number.requireFits(kind);
        return number;
    }

    void requireFits(PartyKind kind) {
        if (kind == PartyKind.PERSON && !isResidentIdNumber(value)) {
            throw new InvalidValueException("is not a valid resident ID number (GB 11643 check digit)");
        }
    }

    static boolean isResidentIdNumber(String value) {
        if (!RESIDENT_SHAPE.matcher(value).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        return value.charAt(17) == CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The first and last four characters, the rest starred: {@code 6543**********1234}. */
    public String masked() {
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
