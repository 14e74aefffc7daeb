package io.onedoor.cases.matter;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One pause of a matter's SLA clocks (docs/matter-lifecycle.md, Clocks): while it waits on the
 * citizen (补充材料) or an outside body, from the moment it was paused until it is resumed by hand or
 * on its set date. Once resumed it keeps the working time it covered, by which the matter's SLA
 * due times moved. Changed only through its matter.
 */
@Embeddable
public class Pause {

    @Enumerated(EnumType.STRING)
    private PauseCause waitingOn;

    private String reason;
    private Instant pausedAt;
    private String pausedBy;
    private @Nullable Instant resumeAt;
    private @Nullable Instant resumedAt;
    private @Nullable String resumedBy;
    private @Nullable Long pausedWorkingMinutes;
    private @Nullable Integer pausedWorkingDays;

    Pause(PauseCause waitingOn, String reason, @Nullable Instant resumeAt, Actor actor, Instant at) {
        this.waitingOn = waitingOn;
        this.reason = reason;
        this.resumeAt = resumeAt;
        this.pausedBy = actor.name();
        this.pausedAt = at;
    }

    protected Pause() {
        // for JPA
    }

    /**
     * Ended: the working time it covered, absent where the center's calendar could not count it
     * (no due time moved then).
     */
    void resume(Actor actor, Instant at, @Nullable Long workingMinutes, @Nullable Integer workingDays) {
        this.resumedAt = at;
        this.resumedBy = actor.name();
        this.pausedWorkingMinutes = workingMinutes;
        this.pausedWorkingDays = workingDays;
    }

    public PauseCause waitingOn() {
        return waitingOn;
    }

    public String reason() {
        return reason;
    }

    public Instant pausedAt() {
        return pausedAt;
    }

    public String pausedBy() {
        return pausedBy;
    }

    /** When the pause ends by itself, if a date was set. */
    public Optional<Instant> resumeAt() {
        return Optional.ofNullable(resumeAt);
    }

    public Optional<Instant> resumedAt() {
        return Optional.ofNullable(resumedAt);
    }

    public Optional<String> resumedBy() {
        return Optional.ofNullable(resumedBy);
    }

    /** Once resumed, the working minutes it covered: what minute due times moved by. */
    public Optional<Long> pausedWorkingMinutes() {
        return Optional.ofNullable(pausedWorkingMinutes);
    }

    /** Once resumed, the working days it covered: what day due times moved by. */
    public Optional<Integer> pausedWorkingDays() {
        return Optional.ofNullable(pausedWorkingDays);
    }

    public boolean current() {
        return resumedAt == null;
    }
}
