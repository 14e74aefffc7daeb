package io.onedoor.cases.matter;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * One department's part of a matter (交办): assigned, signed (签收) or returned (退单), completed.
 * Changed only through its matter, which checks the step is allowed.
 */
@Entity
@Table(name = "matter_assignment")
public class Assignment implements Persistable<UUID> {

    @Id
    private UUID id;

    private String department;
    private @Nullable String host;

    @Enumerated(EnumType.STRING)
    private AssignmentRole role;

    @Enumerated(EnumType.STRING)
    private AssignmentStatus status;

    private Instant assignedAt;
    private @Nullable Instant responseDueAt;
    private @Nullable LocalDate handlingDueOn;
    private @Nullable LocalDate nextDutyOn;
    private @Nullable Instant signedAt;
    private @Nullable String signedBy;
    private @Nullable String returnReason;
    private @Nullable Instant completedAt;
    private @Nullable String summary;

    @Transient
    private boolean fresh;

    Assignment(AssignmentPlan plan, Instant at) {
        this.id = UUID.randomUUID();
        this.department = plan.department();
        this.host = plan.host();
        this.role = plan.role();
        this.status = AssignmentStatus.PENDING;
        this.assignedAt = at;
        this.responseDueAt =
                plan.responseDueAt() == null ? null : plan.responseDueAt().truncatedTo(ChronoUnit.MICROS);
        this.handlingDueOn = plan.handlingDueOn();
        this.nextDutyOn = plan.nextDutyOn();
        this.fresh = true;
    }

    protected Assignment() {
        // for JPA
    }

    void sign(String by, Instant at) {
        status = AssignmentStatus.SIGNED;
        signedBy = by;
        signedAt = at;
    }

    void returnToDispatcher(String reason) {
        status = AssignmentStatus.RETURNED;
        returnReason = reason;
    }

    void complete(String summary, Instant at) {
        status = AssignmentStatus.COMPLETED;
        this.summary = summary;
        completedAt = at;
    }

    /** Back into the department's hands: a follow-up visit reopened the matter. */
    void reopen() {
        status = AssignmentStatus.SIGNED;
        completedAt = null;
    }

    void cancel() {
        status = AssignmentStatus.CANCELLED;
    }

    /** Moved by a pause of its matter (see {@link Matter#resume}). */
    void moveResponseDue(Instant due) {
        responseDueAt = due;
    }

    /** Moved by a pause of its matter. */
    void moveHandlingDue(LocalDate due) {
        handlingDueOn = due;
    }

    public UUID id() {
        return id;
    }

    public String department() {
        return department;
    }

    /** For an ON_CALL department, the resident department whose window reaches it. */
    public Optional<String> host() {
        return Optional.ofNullable(host);
    }

    public AssignmentRole role() {
        return role;
    }

    public AssignmentStatus status() {
        return status;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public Optional<Instant> responseDueAt() {
        return Optional.ofNullable(responseDueAt);
    }

    public Optional<LocalDate> handlingDueOn() {
        return Optional.ofNullable(handlingDueOn);
    }

    /**
     * Still unsigned when its response due has passed (未按时签收): a warning the window and the
     * ledger show until the department signs or returns it.
     */
    public boolean unsignedPastDue(Instant now) {
        return status == AssignmentStatus.PENDING && responseDueAt != null && now.isAfter(responseDueAt);
    }

    /**
     * For a ROTATING department that was off duty on the day of the dispatch (轮驻, not on its
     * rota), the next day it is at the center.
     */
    public Optional<LocalDate> nextDutyOn() {
        return Optional.ofNullable(nextDutyOn);
    }

    public Optional<Instant> signedAt() {
        return Optional.ofNullable(signedAt);
    }

    public Optional<String> signedBy() {
        return Optional.ofNullable(signedBy);
    }

    public Optional<String> returnReason() {
        return Optional.ofNullable(returnReason);
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public Optional<String> summary() {
        return Optional.ofNullable(summary);
    }

    /** Written with its matter; a new assignment is inserted without being looked up first. */
    @Override
    public boolean isNew() {
        return fresh;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
