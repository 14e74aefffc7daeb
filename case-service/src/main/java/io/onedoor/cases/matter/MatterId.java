package io.onedoor.cases.matter;

import jakarta.persistence.Embeddable;
import java.util.UUID;

/** The identifier of a matter. */
@Embeddable
public record MatterId(UUID value) {

    public static MatterId random() {
        return new MatterId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
