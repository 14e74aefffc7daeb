package io.onedoor.cases.matter;

/**
 * The two families of clocks (docs/matter-lifecycle.md, Clocks): a service-level clock pauses while
 * the matter waits on the citizen or an outside body; a statutory clock follows the law's own rule
 * and never pauses (the petition clock moves only by its one extension).
 */
public enum ClockFamily {
    SLA,
    STATUTORY;

    /** Whether a pause of the matter stops clocks of this family. */
    public boolean pauses() {
        return this == SLA;
    }
}
