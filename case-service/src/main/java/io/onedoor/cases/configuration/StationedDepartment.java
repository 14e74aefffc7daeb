package io.onedoor.cases.configuration;

import io.onedoor.support.calendar.Rota;
import io.onedoor.support.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A department stationed (入驻) at the center, as dispatch needs it.
 *
 * @param host for an ON_CALL department, the resident department whose window reaches it (互助托管)
 * @param arrivalMinutes how soon an ON_CALL department must arrive when whistled (吹哨报到)
 * @param rota when a ROTATING department is at the center (empty for the others)
 */
public record StationedDepartment(
        String code, Stationing mode, @Nullable String host, int arrivalMinutes, Rota rota) {

    /**
     * For a ROTATING department not at the center on {@code day} (by its rota and the center's
     * calendar), the next day it is; empty for a department that is there that day, one that is
     * not ROTATING, or one whose next duty day cannot be found.
     */
    public Optional<LocalDate> nextDutyDayIfAway(LocalDate day, WorkingCalendar calendar) {
        if (mode != Stationing.ROTATING) {
            return Optional.empty();
        }
        try {
            if (rota.onDuty(day, calendar)) {
                return Optional.empty();
            }
        } catch (WorkingCalendar.UnknownYearException e) {
            return Optional.empty();
        }
        return rota.nextDutyDay(day.plusDays(1), calendar);
    }

    /** How a department is present at the center. */
    public enum Stationing {
        RESIDENT,
        ROTATING,
        ON_CALL
    }
}
