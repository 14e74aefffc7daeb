package io.onedoor.cases.matter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What came of a matter, as recorded before it is closed. */
@Embeddable
public class Outcome {

    /**
     * The parties apply to the court for judicial confirmation within this many days of the
     * agreement taking effect (人民调解法 art. 33).
     */
    public static final int DAYS_TO_APPLY = 30;

    /** The court decides within this many days of the application whether it accepts it. */
    public static final int DAYS_TO_ACCEPT = 3;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_kind")
    private OutcomeKind kind;

    @Column(name = "outcome_summary")
    private String summary;

    @Column(name = "outcome_amount_fen")
    private @Nullable Long amountFen;

    @Column(name = "outcome_reason")
    private @Nullable String reason;

    @Column(name = "outcome_court")
    private @Nullable String court;

    @Column(name = "outcome_agreement_effective_on")
    private @Nullable LocalDate agreementEffectiveOn;

    @Column(name = "outcome_confirmation_applied_on")
    private @Nullable LocalDate confirmationAppliedOn;

    @Column(name = "outcome_confirmation_accepted_on")
    private @Nullable LocalDate confirmationAcceptedOn;

    @Column(name = "outcome_confirmation_number")
    private @Nullable String confirmationNumber;

    @Column(name = "outcome_recorded_at")
    private Instant recordedAt;

    /** An outcome without a court: see {@link #Outcome(OutcomeKind, String, Long, String, String, LocalDate, Instant)}. */
    public Outcome(OutcomeKind kind, String summary, @Nullable Long amountFen, @Nullable String reason, Instant at) {
        this(kind, summary, amountFen, reason, null, null, at);
    }

    /**
     * An outcome; a payment agreement names its amount, an unresolved matter its reason and a
     * judicial confirmation its court and the day the agreement took effect (not after today),
     * or the step is refused naming every field at fault.
     */
    public Outcome(
            OutcomeKind kind,
            String summary,
            @Nullable Long amountFen,
            @Nullable String reason,
            @Nullable String court,
            @Nullable LocalDate agreementEffectiveOn,
            Instant at) {
        Map<String, String> refusals = new LinkedHashMap<>();
        if (kind == OutcomeKind.PAYMENT_AGREEMENT && amountFen == null) {
            refusals.put("amountFen", "is required for a payment agreement");
        }
        if (kind == OutcomeKind.NOT_RESOLVED && (reason == null || reason.isBlank())) {
            refusals.put("reason", "is required when the matter was not resolved");
        }
        if (kind == OutcomeKind.JUDICIAL_CONFIRMATION) {
            if (court == null || court.isBlank()) {
                refusals.put("court", "is required for a judicial confirmation");
            }
            if (agreementEffectiveOn == null) {
                refusals.put("agreementEffectiveOn", "is required for a judicial confirmation");
            } else if (agreementEffectiveOn.isAfter(at.atZone(CHINA).toLocalDate())) {
                refusals.put("agreementEffectiveOn", "is in the future");
            }
        } else {
            if (court != null) {
                refusals.put("court", "only a JUDICIAL_CONFIRMATION names a court");
            }
            if (agreementEffectiveOn != null) {
                refusals.put("agreementEffectiveOn", "only a JUDICIAL_CONFIRMATION names it");
            }
        }
        if (!refusals.isEmpty()) {
            throw new StepRefusedException(refusals);
        }
        this.kind = kind;
        this.summary = summary;
        this.amountFen = amountFen;
        this.reason = reason;
        this.court = court;
        this.agreementEffectiveOn = agreementEffectiveOn;
        this.recordedAt = at;
    }

    protected Outcome() {
        // for JPA
    }

    /**
     * The court's acceptance of the application and, once it rules, its number. The acceptance
     * day is recorded once: not before the agreement took effect, nor after {@code today}.
     */
    void confirm(@Nullable LocalDate appliedOn, LocalDate acceptedOn, @Nullable String number, LocalDate today) {
        Map<String, String> refusals = new LinkedHashMap<>();
        if (appliedOn != null) {
            if (confirmationAppliedOn != null && !confirmationAppliedOn.equals(appliedOn)) {
                refusals.put("appliedOn", "was recorded as " + confirmationAppliedOn + " and is not changed");
            } else if (agreementEffectiveOn != null && appliedOn.isBefore(agreementEffectiveOn)) {
                refusals.put("appliedOn", "is before the agreement took effect (" + agreementEffectiveOn + ")");
            } else if (appliedOn.isAfter(acceptedOn)) {
                refusals.put("appliedOn", "is after the court accepted the application (" + acceptedOn + ")");
            }
        }
        if (confirmationAcceptedOn != null && !confirmationAcceptedOn.equals(acceptedOn)) {
            refusals.put("acceptedOn", "was recorded as " + confirmationAcceptedOn + " and is not changed");
        } else if (agreementEffectiveOn != null && acceptedOn.isBefore(agreementEffectiveOn)) {
            refusals.put("acceptedOn", "is before the agreement took effect (" + agreementEffectiveOn + ")");
        } else if (acceptedOn.isAfter(today)) {
            refusals.put("acceptedOn", "is in the future");
        }
        if (!refusals.isEmpty()) {
            throw new StepRefusedException(refusals);
        }
        if (appliedOn != null) {
            this.confirmationAppliedOn = appliedOn;
        }
        this.confirmationAcceptedOn = acceptedOn;
        this.confirmationNumber = number;
    }

    /** Whether the court's ruling is still awaited for a judicial confirmation. */
    boolean awaitsConfirmation() {
        return kind == OutcomeKind.JUDICIAL_CONFIRMATION && confirmationNumber == null;
    }

    public OutcomeKind kind() {
        return kind;
    }

    public String summary() {
        return summary;
    }

    public Optional<Long> amountFen() {
        return Optional.ofNullable(amountFen);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** The court asked to confirm the agreement (司法确认), for a judicial confirmation. */
    public Optional<String> court() {
        return Optional.ofNullable(court);
    }

    public Optional<LocalDate> agreementEffectiveOn() {
        return Optional.ofNullable(agreementEffectiveOn);
    }

    /** The last day to apply to the court: {@value #DAYS_TO_APPLY} days after the agreement took effect. */
    public Optional<LocalDate> applyBy() {
        return agreementEffectiveOn().map(day -> day.plusDays(DAYS_TO_APPLY));
    }

    /** The day the parties applied to the court, once recorded. */
    public Optional<LocalDate> confirmationAppliedOn() {
        return Optional.ofNullable(confirmationAppliedOn);
    }

    /** The last day for the court to accept: {@value #DAYS_TO_ACCEPT} days after the application. */
    public Optional<LocalDate> acceptBy() {
        return confirmationAppliedOn().map(day -> day.plusDays(DAYS_TO_ACCEPT));
    }

    /** Whether the parties applied after the 30-day window; absent until the application is recorded. */
    public Optional<Boolean> appliedLate() {
        return confirmationAppliedOn().flatMap(applied -> applyBy().map(applied::isAfter));
    }

    /** Whether the court accepted after its 3 days; absent until both days are recorded. */
    public Optional<Boolean> acceptedLate() {
        return acceptBy().flatMap(by -> confirmationAcceptedOn().map(accepted -> accepted.isAfter(by)));
    }

    /** The day the court accepted the application (受理). */
    public Optional<LocalDate> confirmationAcceptedOn() {
        return Optional.ofNullable(confirmationAcceptedOn);
    }

    /** The number of the court's ruling confirming the agreement, once it comes back. */
    public Optional<String> confirmationNumber() {
        return Optional.ofNullable(confirmationNumber);
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
