package io.onedoor.cases.intake;

import io.onedoor.cases.matter.InstalmentTerms;
import io.onedoor.cases.matter.OutcomeKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a matter resolved on the spot at the intake window (当场办结), given with its
 * registration.
 */
public record OnTheSpot(
        OutcomeKind kind,
        String summary,
        @Nullable Long amountFen,
        @Nullable String reason,
        @Nullable String court,
        @Nullable LocalDate agreementEffectiveOn,
        List<InstalmentTerms> instalments) {

    public OnTheSpot {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
        instalments = List.copyOf(instalments);
    }
}
