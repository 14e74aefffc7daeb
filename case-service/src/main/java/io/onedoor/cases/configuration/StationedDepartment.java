package io.onedoor.cases.configuration;

import org.jspecify.annotations.Nullable;

/**
 * A department stationed (入驻) at the center, as dispatch needs it.
 *
 * @param host for an ON_CALL department, the resident department whose window reaches it (互助托管)
 * @param arrivalMinutes how soon an ON_CALL department must arrive when whistled (吹哨报到)
 */
public record StationedDepartment(
        String code, Stationing mode, @Nullable String host, int arrivalMinutes) {

    /** How a department is present at the center. */
    public enum Stationing {
        RESIDENT,
        ROTATING,
        ON_CALL
    }
}
