package io.onedoor.cases.supervision;

import io.onedoor.cases.matter.Light;
import io.onedoor.cases.matter.LightPolicy;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.ListIndexBase;
import org.jspecify.annotations.Nullable;

/**
 * A supervision item (督办) on a matter: why it was opened, who answers for it (a department, or
 * the center as {@code center}), its own deadline, and every step taken on it. Open until closed
 * after verification or with its matter; a closed item takes no more steps.
 *
 * <p>Mapped without a schema: it lives in the schema of the tenant the session belongs to.
 */
@Entity
@Table(name = "supervision")
public class SupervisionItem {

    /** Who takes the steps the platform takes by itself (opening by a clock, reminders, closing with the matter). */
    public static final String SYSTEM = "system";

    @Id
    private UUID id;

    private UUID matterId;
    private @Nullable UUID assignmentId;

    @Enumerated(EnumType.STRING)
    private SupervisionTrigger trigger;

    private String subject;

    @Enumerated(EnumType.STRING)
    private Source.Kind sourceKind;

    private @Nullable String sourceTenant;
    private @Nullable String sourceReference;
    private @Nullable String reason;
    private String responsibleUnit;
    private @Nullable String responsiblePerson;

    @Enumerated(EnumType.STRING)
    private SupervisionStatus status;

    private Instant openedAt;
    private String openedBy;
    private Instant dueAt;
    private @Nullable Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private @Nullable SupervisionOutcome outcome;

    @ElementCollection
    @CollectionTable(name = "supervision_step", joinColumns = @JoinColumn(name = "supervision_id"))
    @OrderColumn(name = "sequence")
    @ListIndexBase(1)
    private List<ItemStep> steps = new ArrayList<>();

    @Version
    private long version;

    private SupervisionItem(Opening opening, Instant at) {
        this.id = UUID.randomUUID();
        this.matterId = opening.matterId();
        this.assignmentId = opening.assignmentId();
        this.trigger = opening.trigger();
        this.subject = opening.subject();
        this.sourceKind = opening.source().kind();
        this.sourceTenant = opening.source().tenant();
        this.sourceReference = opening.source().reference();
        this.reason = opening.reason();
        this.responsibleUnit = opening.responsibleUnit();
        this.responsiblePerson = opening.responsiblePerson();
        this.status = SupervisionStatus.OPEN;
        this.openedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.openedBy = opening.openedBy();
        this.dueAt = opening.dueAt().truncatedTo(ChronoUnit.MICROS);
        steps.add(new ItemStep(SupervisionStepKind.OPENED, openedAt, openedBy, reason));
    }

    protected SupervisionItem() {
        // for JPA
    }

    /** Opens an item as asked, its first step OPENED by whoever opened it. */
    static SupervisionItem open(Opening opening, Instant at) {
        if (!opening.dueAt().isAfter(at)) {
            throw new IllegalArgumentException("an item is due after it opens");
        }
        return new SupervisionItem(opening, at);
    }

    /**
     * A step of an open item other than opening and closing: a reminder (催办), an interview
     * (约谈), a notice or a recommendation.
     */
    ItemStep record(SupervisionStepKind kind, String note, String actor, Instant at) {
        if (kind == SupervisionStepKind.OPENED || kind == SupervisionStepKind.CLOSE) {
            throw new IllegalArgumentException(kind + " is taken by opening or closing the item");
        }
        requireOpen();
        ItemStep step = new ItemStep(kind, at.truncatedTo(ChronoUnit.MICROS), actor, note);
        steps.add(step);
        return step;
    }

    /** Closes the item with its outcome, after verification (by hand) or with its matter. */
    ItemStep close(SupervisionOutcome outcome, String note, String actor, Instant at) {
        requireOpen();
        Instant when = at.truncatedTo(ChronoUnit.MICROS);
        ItemStep step = new ItemStep(SupervisionStepKind.CLOSE, when, actor, note);
        steps.add(step);
        this.status = SupervisionStatus.CLOSED;
        this.closedAt = when;
        this.outcome = outcome;
        return step;
    }

    private void requireOpen() {
        if (status != SupervisionStatus.OPEN) {
            throw new SupervisionClosedException();
        }
    }

    /**
     * The item's light: while open, as of now on the center's policy over its own time (opened to
     * due); once closed, as it stood when it closed (so a late close stays red).
     */
    public Light light(LightPolicy policy, Instant now) {
        return policy.lightOf(openedAt, dueAt, closedAt == null ? now : closedAt);
    }

    /** Whether the item was made to steps already: for a view read after its transaction ends. */
    SupervisionItem whole() {
        steps.size();
        return this;
    }

    public UUID id() {
        return id;
    }

    public UUID matterId() {
        return matterId;
    }

    public Optional<UUID> assignmentId() {
        return Optional.ofNullable(assignmentId);
    }

    public SupervisionTrigger trigger() {
        return trigger;
    }

    /** What it supervises within the matter: {@code matter}, an assignment's or a lock's id. */
    public String subject() {
        return subject;
    }

    public Source source() {
        return new Source(sourceKind, sourceTenant, sourceReference);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public String responsibleUnit() {
        return responsibleUnit;
    }

    public Optional<String> responsiblePerson() {
        return Optional.ofNullable(responsiblePerson);
    }

    public SupervisionStatus status() {
        return status;
    }

    public boolean isOpen() {
        return status == SupervisionStatus.OPEN;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<SupervisionOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** Every step, oldest first, from OPENED. */
    public List<ItemStep> steps() {
        return List.copyOf(steps);
    }

    @Override
    public String toString() {
        return "SupervisionItem[" + id + ", " + trigger + ", " + status + "]";
    }

    /**
     * Where an item came from: this center ({@code LOCAL}), or a superior center that handed it
     * down (its tenant and its own item's reference; wired across tenants in issue 12).
     */
    public record Source(
            Kind kind, @Nullable String tenant, @Nullable String reference) {

        public static final Source LOCAL = new Source(Kind.LOCAL, null, null);

        public Source {
            if (kind == Kind.SUPERIOR && (tenant == null || reference == null)) {
                throw new IllegalArgumentException("a superior's item names its tenant and reference");
            }
        }

        public enum Kind {
            LOCAL,
            SUPERIOR
        }
    }

    /** What an item is opened with. */
    record Opening(
            UUID matterId,
            @Nullable UUID assignmentId,
            SupervisionTrigger trigger,
            String subject,
            Source source,
            @Nullable String reason,
            String responsibleUnit,
            @Nullable String responsiblePerson,
            String openedBy,
            Instant dueAt) {}
}
