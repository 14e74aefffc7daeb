package io.onedoor.cases.matter;

import java.time.Instant;

/**
 * What else must change whenever a matter is written (registered or stepped): called in the
 * writing transaction, after the matter's row and its timeline are written, so that whatever it
 * writes is whole with the step or not at all (its clocks' timers, its warnings resolved, its
 * supervision items closed).
 */
@FunctionalInterface
public interface MatterWrites {

    void written(Matter matter, Instant now);
}
