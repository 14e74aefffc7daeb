package io.onedoor.cases.matter;

import java.util.regex.Pattern;

/** A category in the tenant's category tree, such as {@code labor.wage-arrears}. */
public record CategoryCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[a-z][a-z0-9.-]{0,63}$");

    public CategoryCode {
        // Only the shape: whether the tenant has this category will be checked at intake (see the note in
        // Intake.register).
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("must be a category code such as labor.wage-arrears");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
