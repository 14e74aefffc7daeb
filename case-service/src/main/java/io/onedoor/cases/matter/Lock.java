package io.onedoor.cases.matter;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * A lock (锁): one sub-claim of a complex matter, held by the department responsible for it until a
 * joint meeting's plan settles it (一把钥匙开一把锁). Changed only through its matter, which checks
 * the step is allowed.
 */
@Entity
@Table(name = "matter_lock")
public class Lock implements Persistable<UUID> {

    @Id
    private UUID id;

    private String title;
    private String department;
    private int workingDays;
    private @Nullable LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private LockStatus status;

    private Instant splitAt;
    private String splitBy;

    @ElementCollection
    @CollectionTable(name = "matter_lock_key", joinColumns = @JoinColumn(name = "lock_id"))
    @OrderColumn(name = "ordinal")
    private List<LockKey> keys = new ArrayList<>();

    private @Nullable Instant resolvedAt;

    @Transient
    private boolean fresh;

    Lock(LockPlan plan, Actor actor, Instant at) {
        this.id = UUID.randomUUID();
        this.title = plan.title();
        this.department = plan.department();
        this.workingDays = plan.workingDays();
        this.dueOn = plan.dueOn();
        this.status = LockStatus.OPEN;
        this.splitAt = at;
        this.splitBy = actor.name();
        this.fresh = true;
    }

    protected Lock() {
        // for JPA
    }

    void propose(LockKey key) {
        keys.add(key);
        status = LockStatus.KEY_PROPOSED;
    }

    void resolve(Instant at) {
        status = LockStatus.RESOLVED;
        resolvedAt = at;
    }

    void cancel() {
        status = LockStatus.CANCELLED;
    }

    /** Moved by a pause of its matter (see {@link Matter#resume}). */
    void moveDue(LocalDate due) {
        dueOn = due;
    }

    public UUID id() {
        return id;
    }

    /** The sub-claim, e.g. 拖欠工资 or 工伤赔偿. */
    public String title() {
        return title;
    }

    /** The department responsible for the lock. */
    public String department() {
        return department;
    }

    public int workingDays() {
        return workingDays;
    }

    /** The last working day for the lock's key; absent when the center's calendar did not reach it. */
    public Optional<LocalDate> dueOn() {
        return Optional.ofNullable(dueOn);
    }

    public LockStatus status() {
        return status;
    }

    public Instant splitAt() {
        return splitAt;
    }

    public String splitBy() {
        return splitBy;
    }

    /** Every key proposed, oldest first; the last is the department's current proposal. */
    public List<LockKey> keys() {
        return List.copyOf(keys);
    }

    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    /** The lock as a refusal or the timeline names it: its title and department. */
    String label() {
        return title + " (" + department + ")";
    }

    /** Written with its matter; a new lock is inserted without being looked up first. */
    @Override
    public boolean isNew() {
        return fresh;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
