package io.onedoor.cases.configuration;

import io.onedoor.cases.matter.Complexity;
import io.onedoor.cases.matter.MatterIntake;
import io.onedoor.cases.matter.MatterTerms;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A category of the center with its effective standard path (类案标准化): who leads, who helps,
 * how a matter is classed and which deadlines each class gets. tenant-service has resolved
 * everything a category inherits from its parents already.
 *
 * @param active false for a retired category, which new matters may not take
 * @param lead the lead department's code; null if no standard path applies
 * @param deadlines per class; empty if no deadline applies to the category
 */
public record StandardPath(
        String category,
        boolean active,
        @Nullable String lead,
        List<String> coHandlers,
        List<ComplexityRule> complexityRules,
        Map<Complexity, Deadline> deadlines) {

    /** Centers count days as China does, whatever the server's zone. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public StandardPath {
        coHandlers = List.copyOf(coHandlers);
        complexityRules = List.copyOf(complexityRules);
        deadlines = Map.copyOf(deadlines);
    }

    /** The class of a matter: that of the first rule it matches, in order, else NORMAL. */
    public Complexity classify(@Nullable Long amountFen, int parties) {
        return complexityRules.stream()
                .filter(rule -> rule.matches(amountFen, parties))
                .map(ComplexityRule::complexity)
                .findFirst()
                .orElse(Complexity.NORMAL);
    }

    public Optional<Deadline> deadline(Complexity complexity) {
        return Optional.ofNullable(deadlines.get(complexity));
    }

    /**
     * The terms of a matter registered at {@code registeredAt}: its class, the lead department,
     * the response deadline ({@code responseMinutes} after registration) and the closure date
     * ({@code closureWorkingDays} working days after the registration date in China). The closure
     * date is left out if the calendar does not list every year the count passes through.
     */
    public MatterTerms termsFor(MatterIntake intake, Instant registeredAt, WorkingDays workingDays) {
        return termsFor(classify(intake.amountFen(), intake.parties().size()), registeredAt, workingDays);
    }

    /** The terms of a matter of this class, its deadlines counted from {@code registeredAt}. */
    public MatterTerms termsFor(Complexity complexity, Instant registeredAt, WorkingDays workingDays) {
        Optional<Deadline> deadline = deadline(complexity);
        if (deadline.isEmpty()) {
            return new MatterTerms(complexity, lead, null, null);
        }
        Instant responseDue = registeredAt.plus(deadline.get().responseMinutes(), ChronoUnit.MINUTES);
        LocalDate registeredOn = LocalDate.ofInstant(registeredAt, CHINA);
        LocalDate closureDue = workingDays
                .workingDaysAfter(registeredOn, deadline.get().closureWorkingDays())
                .orElse(null);
        return new MatterTerms(complexity, lead, responseDue, closureDue);
    }
}
