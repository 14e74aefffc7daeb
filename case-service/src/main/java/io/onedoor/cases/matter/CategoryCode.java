package io.onedoor.cases.matter;

import java.util.regex.Pattern;

/** A category in the tenant's category tree, such as {@code labor.wage-arrears}. */
public record CategoryCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[a-z][a-z0-9.-]{0,63}$");

    public CategoryCode {
        // Only the shape: whether the center has this category, and has not retired it, is checked
        // at intake against its configuration snapshot.
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("must be a category code such as labor.wage-arrears");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
