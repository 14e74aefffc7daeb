package io.onedoor.cases.matter;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a mediator notes of one session: how and where it was held, who took part and what was
 * said.
 *
 * @param mediatorDepartment the stationed department the mediator came from, if any
 * @param room where it was held, as free text (the configuration publishes no rooms yet)
 * @param heldAt when it was held; now if null
 */
public record MediationNotes(
        MediationMode mode,
        String mediator,
        @Nullable String mediatorDepartment,
        @Nullable String room,
        List<String> participants,
        String minutes,
        @Nullable Instant heldAt) {

    public MediationNotes {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(mediator, "mediator");
        Objects.requireNonNull(minutes, "minutes");
        participants = List.copyOf(participants);
        if (participants.isEmpty()) {
            throw new StepRefusedException("participants", "name at least one participant");
        }
    }
}
