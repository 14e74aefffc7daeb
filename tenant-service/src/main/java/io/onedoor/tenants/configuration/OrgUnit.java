package io.onedoor.tenants.configuration;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A unit of the center's org tree. Units are moved (a new parent) and retired, never deleted:
 * matters and accounts that name a unit keep naming something.
 */
public record OrgUnit(
        String code,
        String name,
        Kind kind,
        @Nullable String divisionCode,
        @Nullable String parent,
        Status status,
        @Nullable LocalDate retiredOn) {

    public enum Kind {
        CENTER,
        TOWNSHIP,
        VILLAGE,
        COMMUNITY,
        GRID
    }

    public enum Status {
        ACTIVE,
        RETIRED
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }
}
