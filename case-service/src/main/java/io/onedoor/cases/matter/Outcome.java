package io.onedoor.cases.matter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What came of a matter, as recorded before it is closed. */
@Embeddable
public class Outcome {

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_kind")
    private OutcomeKind kind;

    @Column(name = "outcome_summary")
    private String summary;

    @Column(name = "outcome_amount_fen")
    private @Nullable Long amountFen;

    @Column(name = "outcome_reason")
    private @Nullable String reason;

    @Column(name = "outcome_recorded_at")
    private Instant recordedAt;

    /**
     * An outcome; a payment agreement names its amount and an unresolved matter its reason, or
     * the step is refused naming the field.
     */
    public Outcome(OutcomeKind kind, String summary, @Nullable Long amountFen, @Nullable String reason, Instant at) {
        if (kind == OutcomeKind.PAYMENT_AGREEMENT && amountFen == null) {
            throw new StepRefusedException("amountFen", "is required for a payment agreement");
        }
        if (kind == OutcomeKind.NOT_RESOLVED && (reason == null || reason.isBlank())) {
            throw new StepRefusedException("reason", "is required when the matter was not resolved");
        }
        this.kind = kind;
        this.summary = summary;
        this.amountFen = amountFen;
        this.reason = reason;
        this.recordedAt = at;
    }

    protected Outcome() {
        // for JPA
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

    public Instant recordedAt() {
        return recordedAt;
    }
}
