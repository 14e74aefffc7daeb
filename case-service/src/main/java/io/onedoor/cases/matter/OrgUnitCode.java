package io.onedoor.cases.matter;

import java.util.regex.Pattern;

/** The org unit (center, township, village, grid) where a matter is registered. */
public record OrgUnitCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");

    public OrgUnitCode {
        // Only the shape is checked here; whether the unit exists in the tenant's org tree is
        // checked against its configuration snapshot from tenant-service in a later issue.
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("must be an org unit code of letters, digits, '.', '_' and '-'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
