package io.onedoor.cases.ledger;

import io.onedoor.cases.matter.CategoryCode;
import io.onedoor.cases.matter.Channel;
import io.onedoor.cases.matter.Complexity;
import io.onedoor.cases.matter.Light;
import io.onedoor.cases.matter.MatterStatus;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a page of the ledger is narrowed to, besides the caller's reach and org unit; every
 * criterion left null takes every matter.
 *
 * @param statuses matters in one of these statuses; empty for any
 * @param department matters this department leads or holds a live assignment of
 * @param category matters of this category or any category below it
 * @param overdue true: open matters past their closure due; false: every other matter
 * @param lights matters whose stored light (the worst of their running clocks') is one of these;
 *     empty for any
 * @param registeredFrom registered on or after this day in China
 * @param registeredTo registered on or before this day in China
 */
public record LedgerFilter(
        Set<MatterStatus> statuses,
        @Nullable String department,
        @Nullable Complexity complexity,
        @Nullable CategoryCode category,
        @Nullable Channel channel,
        @Nullable Boolean overdue,
        Set<Light> lights,
        @Nullable LocalDate registeredFrom,
        @Nullable LocalDate registeredTo) {

    /** Every matter the reach allows. */
    public static final LedgerFilter NONE =
            new LedgerFilter(Set.of(), null, null, null, null, null, Set.of(), null, null);

    public LedgerFilter {
        statuses = Set.copyOf(statuses);
        lights = Set.copyOf(lights);
    }
}
