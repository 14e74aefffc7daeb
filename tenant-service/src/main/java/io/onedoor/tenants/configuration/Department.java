package io.onedoor.tenants.configuration;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.onedoor.support.calendar.Rota;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A department stationed at the center (入驻) and how: resident, on a rota, or on call (吹哨报到),
 * possibly hosted by a resident department (互助托管), with its three duty lists.
 *
 * @param name absent for a catalog department, whose catalog name applies
 */
public record Department(
        String code,
        @Nullable String name,
        Mode mode,
        List<RotaEntry> rota,
        @Nullable Whistle whistle,
        @Nullable String host,
        Duties duties) {

    public Department {
        rota = CenterConfiguration.copy(rota);
        duties = duties == null ? Duties.NONE : duties;
    }

    public enum Mode {
        RESIDENT,
        ROTATING,
        ON_CALL
    }

    public boolean resident() {
        return mode == Mode.RESIDENT;
    }

    /** Whether the department is at the center on a date, by its mode and rota (not the calendar). */
    public boolean stationedOn(LocalDate date) {
        return switch (mode) {
            case RESIDENT -> true;
            case ROTATING -> rota.stream().anyMatch(entry -> entry.covers(date));
            case ON_CALL -> false;
        };
    }

    /** The minutes an on-call department has to reach the center once summoned. */
    public int arrivalMinutes() {
        return whistle == null ? Whistle.DEFAULT_ARRIVAL_MINUTES : whistle.arrivalMinutes();
    }

    /** A rota line: these weekdays, every week or only odd or even ISO weeks (单双周), within dates. */
    public record RotaEntry(
            List<DayOfWeek> days,
            Weeks weeks,
            @Nullable LocalDate from,
            @Nullable LocalDate until) {

        public RotaEntry {
            days = CenterConfiguration.copy(days);
        }

        public boolean covers(LocalDate date) {
            return line().covers(date);
        }

        /** The line as the platform's shared rota arithmetic counts it. */
        public Rota.Line line() {
            return new Rota.Line(Set.copyOf(days), weeks.shared(), from, until);
        }

        /** Whether both entries would have the department present on some same day. */
        public boolean overlaps(RotaEntry other) {
            boolean sharedDay = days.stream().anyMatch(other.days::contains);
            boolean sharedWeeks = weeks == Weeks.EVERY || other.weeks == Weeks.EVERY || weeks == other.weeks;
            boolean sharedDates = (from == null || other.until == null || !other.until.isBefore(from))
                    && (other.from == null || until == null || !until.isBefore(other.from));
            return sharedDay && sharedWeeks && sharedDates;
        }
    }

    public enum Weeks {
        EVERY,
        ODD,
        EVEN;

        Rota.Weeks shared() {
            return Rota.Weeks.valueOf(name());
        }
    }

    /** How an on-call department is summoned; Altay: someone at the center within 30 minutes. */
    public record Whistle(
            @Nullable String contact, @Nullable String phone, int arrivalMinutes) {

        public static final int DEFAULT_ARRIVAL_MINUTES = 30;

        // The document's reader comes here too: an absent or null arrivalMinutes means the default.
        @JsonCreator
        public Whistle(@Nullable String contact, @Nullable String phone, @Nullable Integer arrivalMinutes) {
            this(contact, phone, arrivalMinutes == null ? DEFAULT_ARRIVAL_MINUTES : arrivalMinutes.intValue());
        }

        public boolean reachable() {
            return (contact != null && !contact.isBlank()) || (phone != null && !phone.isBlank());
        }
    }

    /** 受理事项清单, 协同任务清单, 负面督办清单. */
    public record Duties(List<String> accepts, List<String> joint, List<String> supervisionTriggers) {

        static final Duties NONE = new Duties(List.of(), List.of(), List.of());

        public Duties {
            accepts = CenterConfiguration.copy(accepts);
            joint = CenterConfiguration.copy(joint);
            supervisionTriggers = CenterConfiguration.copy(supervisionTriggers);
        }
    }
}
