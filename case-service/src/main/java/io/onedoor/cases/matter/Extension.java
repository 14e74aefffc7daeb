package io.onedoor.cases.matter;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An extension (延期) asked for on a matter's closure due or on a petition's statutory clock, with
 * a reason, and a supervisor's decision on it: approved (the due time moved, before and after
 * kept) or refused (with remarks). Changed only through its matter.
 */
@Embeddable
public class Extension {

    @Enumerated(EnumType.STRING)
    private ExtensionClock clock;

    private int days;
    private String reason;

    @Enumerated(EnumType.STRING)
    private ExtensionStatus status;

    private Instant requestedAt;
    private String requestedBy;
    private @Nullable Instant decidedAt;
    private @Nullable String decidedBy;
    private @Nullable String remarks;
    private @Nullable Instant previousDueAt;
    private @Nullable Instant newDueAt;

    Extension(ExtensionClock clock, int days, String reason, Actor actor, Instant at) {
        this.clock = clock;
        this.days = days;
        this.reason = reason;
        this.status = ExtensionStatus.PENDING;
        this.requestedAt = at;
        this.requestedBy = actor.name();
    }

    protected Extension() {
        // for JPA
    }

    void approve(@Nullable String remarks, Instant previousDue, Instant newDue, Actor actor, Instant at) {
        decide(ExtensionStatus.APPROVED, remarks, actor, at);
        this.previousDueAt = previousDue;
        this.newDueAt = newDue;
    }

    void refuse(String remarks, Actor actor, Instant at) {
        decide(ExtensionStatus.REFUSED, remarks, actor, at);
    }

    private void decide(ExtensionStatus status, @Nullable String remarks, Actor actor, Instant at) {
        this.status = status;
        this.remarks = remarks;
        this.decidedBy = actor.name();
        this.decidedAt = at;
    }

    public ExtensionClock clock() {
        return clock;
    }

    /** Working days for the closure due; calendar days for the petition clock. */
    public int days() {
        return days;
    }

    public String reason() {
        return reason;
    }

    public ExtensionStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<String> remarks() {
        return Optional.ofNullable(remarks);
    }

    /** Once approved, the due time before the extension. */
    public Optional<Instant> previousDueAt() {
        return Optional.ofNullable(previousDueAt);
    }

    /** Once approved, the due time after it. */
    public Optional<Instant> newDueAt() {
        return Optional.ofNullable(newDueAt);
    }
}
