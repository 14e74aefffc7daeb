package io.onedoor.cases.configuration;

/**
 * The deadlines of one complexity class: respond within so many minutes of the center's working
 * time, close within so many working days of the registration date.
 */
public record Deadline(int responseMinutes, int closureWorkingDays) {

    public Deadline {
        if (responseMinutes < 0 || closureWorkingDays < 0) {
            throw new IllegalArgumentException("deadlines cannot be negative");
        }
    }
}
