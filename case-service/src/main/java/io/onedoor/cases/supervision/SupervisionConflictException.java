package io.onedoor.cases.supervision;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An item that cannot be opened as asked in the matter's state: one already supervises the same
 * thing ({@code existing}), or the matter was withdrawn.
 */
public class SupervisionConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final @Nullable UUID existing;

    SupervisionConflictException(String kind, String message, @Nullable UUID existing) {
        super(message);
        this.kind = kind;
        this.existing = existing;
    }

    /** The problem's kind: {@code supervision-already-open} or {@code matter-withdrawn}. */
    public String kind() {
        return kind;
    }

    /** The open item that already supervises it. */
    public @Nullable UUID existing() {
        return existing;
    }
}
