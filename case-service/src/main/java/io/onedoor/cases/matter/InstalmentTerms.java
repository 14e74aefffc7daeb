package io.onedoor.cases.matter;

import java.time.LocalDate;
import java.util.Objects;

/** One instalment of a payment agreement as agreed: how much, due on which day. */
public record InstalmentTerms(long amountFen, LocalDate dueOn) {

    public InstalmentTerms {
        Objects.requireNonNull(dueOn, "dueOn");
    }
}
