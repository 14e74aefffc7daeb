package io.onedoor.cases.matter;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One instalment of a payment agreement (分期履行): UNPAID until its payment is recorded, then
 * PAID for good. Changed only through its matter.
 */
@Embeddable
public class Instalment {

    private long amountFen;
    private LocalDate dueOn;
    private @Nullable LocalDate paidOn;
    private @Nullable String paidRecordedBy;
    private @Nullable Instant paidRecordedAt;

    private Instalment(InstalmentTerms terms) {
        this.amountFen = terms.amountFen();
        this.dueOn = terms.dueOn();
    }

    protected Instalment() {
        // for JPA
    }

    /**
     * The instalments of an outcome as agreed, or the step refused naming every field at fault:
     * only a payment agreement has instalments, each of a positive amount, due days ascending,
     * the amounts summing to the agreed amount.
     */
    static List<Instalment> plan(Outcome outcome, List<InstalmentTerms> terms) {
        if (terms.isEmpty()) {
            return List.of();
        }
        if (outcome.kind() != OutcomeKind.PAYMENT_AGREEMENT) {
            throw new StepRefusedException("instalments", "only a PAYMENT_AGREEMENT is paid in instalments");
        }
        Map<String, String> refusals = new LinkedHashMap<>();
        long sum = 0;
        for (int i = 0; i < terms.size(); i++) {
            InstalmentTerms instalment = terms.get(i);
            if (instalment.amountFen() <= 0) {
                refusals.put("instalments[" + i + "].amountFen", "must be more than 0");
            }
            if (i > 0 && !instalment.dueOn().isAfter(terms.get(i - 1).dueOn())) {
                refusals.put(
                        "instalments[" + i + "].dueOn",
                        "must fall after the instalment before it ("
                                + terms.get(i - 1).dueOn() + "): due days ascend");
            }
            sum += instalment.amountFen();
        }
        long agreed = outcome.amountFen().orElse(0L);
        if (sum != agreed) {
            refusals.put("instalments", "sum to " + sum + " fen, not the agreed amountFen " + agreed);
        }
        if (!refusals.isEmpty()) {
            throw new StepRefusedException(refusals);
        }
        return terms.stream().map(Instalment::new).toList();
    }

    void pay(LocalDate on, Actor actor, Instant at) {
        this.paidOn = on;
        this.paidRecordedBy = actor.name();
        this.paidRecordedAt = at;
    }

    public long amountFen() {
        return amountFen;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public boolean paid() {
        return paidOn != null;
    }

    /** The day it was paid; absent while unpaid. */
    public Optional<LocalDate> paidOn() {
        return Optional.ofNullable(paidOn);
    }

    public Optional<String> paidRecordedBy() {
        return Optional.ofNullable(paidRecordedBy);
    }

    /** Unpaid after its due day, or paid after it; {@code today} is the day in China. */
    public boolean overdue(LocalDate today) {
        return paidOn == null ? today.isAfter(dueOn) : paidOn.isAfter(dueOn);
    }
}
