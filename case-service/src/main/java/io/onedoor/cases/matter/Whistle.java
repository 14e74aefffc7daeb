package io.onedoor.cases.matter;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * A department summoned to the center for a matter (吹哨报到), and its arrival (报到). Changed
 * only through its matter, which checks the step is allowed.
 */
@Entity
@Table(name = "matter_whistle")
public class Whistle implements Persistable<UUID> {

    @Id
    private UUID id;

    private String department;
    private @Nullable String host;
    private String reason;
    private String summonedBy;
    private @Nullable String summonedFor;
    private Instant summonedAt;
    private Instant arrivalDueAt;

    @Enumerated(EnumType.STRING)
    private WhistleStatus status;

    private @Nullable Instant arrivedAt;
    private @Nullable String arrivedPerson;
    private @Nullable String arrivalRecordedBy;

    @Transient
    private boolean fresh;

    Whistle(WhistleCall call, Actor actor, Instant at) {
        this.id = UUID.randomUUID();
        this.department = call.department();
        this.host = call.host();
        this.reason = call.reason();
        this.summonedBy = actor.name();
        this.summonedFor = actor.department();
        this.summonedAt = at;
        this.arrivalDueAt = call.arrivalDueAt().truncatedTo(ChronoUnit.MICROS);
        this.status = WhistleStatus.AWAITING;
        this.fresh = true;
    }

    protected Whistle() {
        // for JPA
    }

    void arrive(String person, String recordedBy, Instant at) {
        status = WhistleStatus.ARRIVED;
        arrivedAt = at;
        arrivedPerson = person;
        arrivalRecordedBy = recordedBy;
    }

    void cancel() {
        status = WhistleStatus.CANCELLED;
    }

    /** Moved by a pause of its matter (see {@link Matter#resume}). */
    void moveArrivalDue(Instant due) {
        arrivalDueAt = due;
    }

    public UUID id() {
        return id;
    }

    /** The department summoned. */
    public String department() {
        return department;
    }

    /** For an ON_CALL department, the resident department whose window reaches it. */
    public Optional<String> host() {
        return Optional.ofNullable(host);
    }

    /** What the department is summoned for (to verify the works, to measure a boundary...). */
    public String reason() {
        return reason;
    }

    public String summonedBy() {
        return summonedBy;
    }

    /** The department whose window blew the whistle, if the caller works for one. */
    public Optional<String> summonedFor() {
        return Optional.ofNullable(summonedFor);
    }

    public Instant summonedAt() {
        return summonedAt;
    }

    public Instant arrivalDueAt() {
        return arrivalDueAt;
    }

    public WhistleStatus status() {
        return status;
    }

    public Optional<Instant> arrivedAt() {
        return Optional.ofNullable(arrivedAt);
    }

    /** Who reported at the center for the department. */
    public Optional<String> arrivedPerson() {
        return Optional.ofNullable(arrivedPerson);
    }

    public Optional<String> arrivalRecordedBy() {
        return Optional.ofNullable(arrivalRecordedBy);
    }

    /** Whether the department arrived after its arrival due; absent until it arrives. */
    public Optional<Boolean> late() {
        return arrivedAt().map(arrived -> arrived.isAfter(arrivalDueAt));
    }

    /** Written with its matter; a new whistle is inserted without being looked up first. */
    @Override
    public boolean isNew() {
        return fresh;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
