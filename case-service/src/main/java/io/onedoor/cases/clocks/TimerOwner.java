package io.onedoor.cases.clocks;

import java.util.UUID;

/** What a timer belongs to, within its tenant: a matter or a supervision item, by id. */
public record TimerOwner(Kind kind, UUID id) {

    public enum Kind {
        MATTER,
        SUPERVISION
    }

    public static TimerOwner matter(UUID id) {
        return new TimerOwner(Kind.MATTER, id);
    }

    public static TimerOwner supervision(UUID id) {
        return new TimerOwner(Kind.SUPERVISION, id);
    }
}
