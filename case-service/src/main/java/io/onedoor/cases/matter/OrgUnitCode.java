package io.onedoor.cases.matter;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The org unit (center, township, village, grid) where a matter is registered. */
public record OrgUnitCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");

    public OrgUnitCode {
        // Only the shape: whether the center has this org unit, and has not retired it, is checked
        // at intake against its configuration snapshot.
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("must be an org unit code of letters, digits, '.', '_' and '-'");
        }
    }

    /** The code, if the text has the shape of one. */
    public static Optional<OrgUnitCode> parse(@Nullable String text) {
        return text != null && SHAPE.matcher(text).matches() ? Optional.of(new OrgUnitCode(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
