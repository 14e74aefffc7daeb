package io.onedoor.tenants.configuration;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A matter category with its standard path (类案标准化): the lead department, the co-handling
 * ones, the complexity rules and the deadlines per class. A category without a path or deadlines
 * follows its parent's.
 */
public record Category(
        String code,
        String name,
        @Nullable String parent,
        boolean retired,
        @Nullable StandardPath path,
        List<ComplexityRule> complexity,
        @Nullable Deadlines deadlines) {

    /** A category sent without complexity rules has none of its own: it follows its parent's. */
    public Category {
        complexity = CenterConfiguration.copy(complexity);
    }

    public Category(
            String code,
            String name,
            @Nullable String parent,
            @Nullable Boolean retired,
            @Nullable StandardPath path,
            @Nullable List<ComplexityRule> complexity,
            @Nullable Deadlines deadlines) {
        this(code, name, parent, Boolean.TRUE.equals(retired), path, CenterConfiguration.copy(complexity), deadlines);
    }

    public record StandardPath(String lead, List<String> coHandlers) {
        public StandardPath {
            coHandlers = CenterConfiguration.copy(coHandlers);
        }
    }

    public enum ComplexityClass {
        SIMPLE,
        NORMAL,
        DIFFICULT
    }

    /**
     * A matter is of {@code level} if its amount reaches {@code minAmountYuan} or its parties
     * reach {@code minParties} (Tongliao: over 1,000,000 yuan is difficult).
     */
    public record ComplexityRule(
            @JsonProperty("class") ComplexityClass level,
            @Nullable BigDecimal minAmountYuan,
            @Nullable Integer minParties) {

        public ComplexityRule {
            // 1000000 and 1000000.00 are one threshold: compare and round-trip them as one.
            minAmountYuan = minAmountYuan == null ? null : minAmountYuan.stripTrailingZeros();
        }

        @JsonProperty("class")
        @Override
        public ComplexityClass level() {
            return level;
        }
    }

    public record Deadlines(Deadline simple, Deadline normal, Deadline difficult) {
        public Deadline of(ComplexityClass level) {
            return switch (level) {
                case SIMPLE -> simple;
                case NORMAL -> normal;
                case DIFFICULT -> difficult;
            };
        }
    }

    /** Respond within minutes (Altay: 30), close within working days (Gongliu "3715"). */
    public record Deadline(int responseMinutes, int closureWorkingDays) {}
}
