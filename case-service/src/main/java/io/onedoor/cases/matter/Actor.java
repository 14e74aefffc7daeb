package io.onedoor.cases.matter;

import org.jspecify.annotations.Nullable;

/**
 * Who takes a step: the account or client the verified token names, and the department its
 * account belongs to, if any.
 */
public record Actor(String name, @Nullable String department) {

    public Actor {
        if (name.isBlank()) {
            throw new IllegalArgumentException("an actor has a name");
        }
    }
}
