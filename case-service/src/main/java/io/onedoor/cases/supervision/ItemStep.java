package io.onedoor.cases.supervision;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One step of a supervision item: what was done, when, by whom, and what was said. Never changed. */
@Embeddable
public class ItemStep {

    @Enumerated(EnumType.STRING)
    private SupervisionStepKind kind;

    private Instant at;
    private String actor;
    private @Nullable String note;

    ItemStep(SupervisionStepKind kind, Instant at, String actor, @Nullable String note) {
        this.kind = kind;
        this.at = at;
        this.actor = actor;
        this.note = note;
    }

    protected ItemStep() {
        // for JPA
    }

    public SupervisionStepKind kind() {
        return kind;
    }

    public Instant at() {
        return at;
    }

    /** The supervisor's login, or {@code system} for what the platform did by itself. */
    public String actor() {
        return actor;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }
}
