package io.onedoor.cases.matter;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a center records when it takes a matter in: everything but what the center assigns (id,
 * code, status, time).
 */
public record MatterIntake(
        Channel channel,
        CategoryCode category,
        String description,
        @Nullable Long amountFen,
        OrgUnitCode orgUnit,
        @Nullable String place,
        @Nullable LocalDate occurredOn,
        List<Party> parties) {

    public MatterIntake {
        if (description.strip().length() < 5 || description.length() > 5000) {
            throw new InvalidValueException("a description must have 5 to 5000 characters");
        }
        if (amountFen != null && amountFen < 0) {
            throw new InvalidValueException("an amount in dispute cannot be negative");
        }
        if (place != null && place.length() > 300) {
            throw new InvalidValueException("a place must have at most 300 characters");
        }
        if (parties.isEmpty() || parties.size() > 200) {
            throw new InvalidValueException("a matter has 1 to 200 parties");
        }
        parties = List.copyOf(parties);
    }

    @Override
    public String toString() {
        // The description and the parties may hold personal data.
        return "MatterIntake[" + channel + ", " + category + ", " + orgUnit + ", " + parties.size() + " parties]";
    }
}
