package io.onedoor.cases.matter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The center's working time, as a matter's pauses and extensions count it (docs/matter-lifecycle.md,
 * Clocks): handed to the aggregate by the step, from the center's configuration of that moment.
 * Every answer is exact or absent: absent where the center's calendar does not list a year the
 * count passes through (ADR 0009).
 */
public interface WorkingTime {

    /** Whole working minutes from {@code from} to {@code to} (working hours of working days). */
    OptionalLong minutesBetween(Instant from, Instant to);

    /** Working days {@code d} with {@code from <= d < until}: the days a pause from one to the other took. */
    OptionalInt daysBetween(LocalDate from, LocalDate until);

    /** The moment {@code minutes} of working time after {@code from}. */
    Optional<Instant> plusMinutes(Instant from, long minutes);

    /** The {@code days}-th working day after {@code from}. */
    Optional<LocalDate> plusDays(LocalDate from, int days);
}
