package io.onedoor.cases.configuration;

import io.onedoor.cases.matter.Complexity;
import io.onedoor.cases.matter.MatterIntake;
import io.onedoor.cases.matter.MatterTerms;
import io.onedoor.support.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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
     * the response deadline ({@code responseMinutes} of the center's working time after
     * registration) and the closure date ({@code closureWorkingDays} working days after the
     * registration date in China). A deadline is left out if the calendar does not list every
     * year its count passes through.
     */
    public MatterTerms termsFor(MatterIntake intake, Instant registeredAt, WorkingCalendar calendar) {
        return termsFor(classify(intake.amountFen(), intake.parties().size()), registeredAt, calendar);
    }

    /** The terms of a matter of this class, its deadlines counted from {@code registeredAt}. */
    public MatterTerms termsFor(Complexity complexity, Instant registeredAt, WorkingCalendar calendar) {
        Optional<Deadline> deadline = deadline(complexity);
        if (deadline.isEmpty()) {
            return new MatterTerms(complexity, lead, null, null);
        }
        Instant responseDue = exact(
                () -> calendar.addWorkingMinutes(registeredAt, deadline.get().responseMinutes()));
        LocalDate registeredOn = LocalDate.ofInstant(registeredAt, WorkingCalendar.CHINA);
        LocalDate closureDue =
                exact(() -> calendar.addWorkingDays(registeredOn, deadline.get().closureWorkingDays()));
        return new MatterTerms(complexity, lead, responseDue, closureDue);
    }

    private static <T> @Nullable T exact(Supplier<T> due) {
        try {
            return due.get();
        } catch (WorkingCalendar.UnknownYearException e) {
            return null;
        }
    }
}
