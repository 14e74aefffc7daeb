package io.onedoor.tenants.configuration;

import java.math.BigDecimal;
import java.util.List;

/** A KPI the center measures itself on, with a target and a warning threshold per period. */
public record KpiSelection(String metric, List<Target> targets) {

    public KpiSelection {
        targets = CenterConfiguration.copy(targets);
    }

    /**
     * @param period a year ({@code 2026}), quarter ({@code 2026-Q4}) or month ({@code 2026-11})
     * @param warning where the KPI turns yellow, on the bad side of the target
     */
    public record Target(String period, BigDecimal target, BigDecimal warning) {
        public Target {
            target = target.stripTrailingZeros();
            warning = warning.stripTrailingZeros();
        }
    }
}
