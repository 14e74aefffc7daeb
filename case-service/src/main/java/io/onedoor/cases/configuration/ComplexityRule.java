package io.onedoor.cases.configuration;

import io.onedoor.cases.matter.Complexity;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A matter is of this class if its amount in dispute reaches {@code minAmountYuan} or its number
 * of parties reaches {@code minParties}. A threshold that is not given never matches, so a rule
 * with neither matches nothing.
 */
public record ComplexityRule(
        Complexity complexity,
        @Nullable BigDecimal minAmountYuan,
        @Nullable Integer minParties) {

    private static final int FEN_PER_YUAN_SCALE = 2;

    public boolean matches(@Nullable Long amountFen, int parties) {
        boolean byAmount = minAmountYuan != null
                && amountFen != null
                && BigDecimal.valueOf(amountFen).compareTo(minAmountYuan.movePointRight(FEN_PER_YUAN_SCALE)) >= 0;
        boolean byParties = minParties != null && parties >= minParties;
        return byAmount || byParties;
    }
}
