package io.onedoor.cases.matter;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/** One mediation session (调解) held for a matter: a round, recorded once and never changed. */
@Entity
@Table(name = "matter_mediation_session")
public class MediationSession implements Persistable<UUID> {

    @Id
    private UUID id;

    private int round;

    @Enumerated(EnumType.STRING)
    private MediationMode mode;

    private String mediator;
    private @Nullable String mediatorDepartment;
    private @Nullable String room;
    private String[] participants;
    private String minutes;
    private Instant heldAt;
    private String recordedBy;
    private Instant recordedAt;

    @Transient
    private boolean fresh;

    MediationSession(int round, MediationNotes notes, Instant heldAt, Actor actor, Instant at) {
        this.id = UUID.randomUUID();
        this.round = round;
        this.mode = notes.mode();
        this.mediator = notes.mediator();
        this.mediatorDepartment = notes.mediatorDepartment();
        this.room = notes.room();
        this.participants = notes.participants().toArray(String[]::new);
        this.minutes = notes.minutes();
        this.heldAt = heldAt.truncatedTo(ChronoUnit.MICROS);
        this.recordedBy = actor.name();
        this.recordedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.fresh = true;
    }

    protected MediationSession() {
        // for JPA
    }

    public UUID id() {
        return id;
    }

    /** The session's round for its matter: 1, 2, 3... in the order they were recorded. */
    public int round() {
        return round;
    }

    public MediationMode mode() {
        return mode;
    }

    /** The person who mediated. */
    public String mediator() {
        return mediator;
    }

    public Optional<String> mediatorDepartment() {
        return Optional.ofNullable(mediatorDepartment);
    }

    public Optional<String> room() {
        return Optional.ofNullable(room);
    }

    public List<String> participants() {
        return List.of(participants);
    }

    public String minutes() {
        return minutes;
    }

    public Instant heldAt() {
        return heldAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** Written with its matter; a new session is inserted without being looked up first. */
    @Override
    public boolean isNew() {
        return fresh;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
