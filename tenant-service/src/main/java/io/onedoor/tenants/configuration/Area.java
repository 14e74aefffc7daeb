package io.onedoor.tenants.configuration;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A functional area of the hall (功能区), with its service windows and mediation rooms. */
public record Area(
        String code, String name, Kind kind, @Nullable Integer floor, List<Window> windows, List<Room> rooms) {

    public Area {
        windows = CenterConfiguration.copy(windows);
        rooms = CenterConfiguration.copy(rooms);
    }

    public enum Kind {
        INTAKE_HALL,
        MULTI_RESOLUTION,
        LEGAL_SERVICE,
        PSYCHOLOGICAL_COUNSELING,
        COMMAND_DISPATCH,
        MEDIATION,
        LITIGATION_SERVICE,
        OTHER
    }

    /** A service window (窗口), staffed by stationed departments. */
    public record Window(
            String number,
            String name,
            Function function,
            List<String> departments,
            List<OpeningHours> openingHours,
            @Nullable Position position) {

        public Window {
            departments = CenterConfiguration.copy(departments);
            openingHours = CenterConfiguration.copy(openingHours);
        }
    }

    public enum Function {
        INTAKE,
        MEDIATION,
        LEGAL_CONSULTATION,
        LEGAL_AID,
        LITIGATION,
        PETITION,
        FINANCIAL,
        LABOR,
        PSYCHOLOGICAL,
        GENERAL
    }

    /** A mediation room, by kind (Qitai: economic disputes, damage compensation, family and neighbors...). */
    public record Room(
            String code,
            String name,
            RoomKind kind,
            @Nullable Position position) {}

    public enum RoomKind {
        ECONOMIC_DISPUTES,
        DAMAGE_COMPENSATION,
        FAMILY_AND_NEIGHBORS,
        INDUSTRY,
        EXPERT,
        LAWYER,
        REMOTE,
        PSYCHOLOGICAL,
        GENERAL
    }

    /** A cell of the area's floor-plan grid. */
    public record Position(int row, int column) {}

    /** When a window is open: these days, from {@code opens} to {@code closes}, local time. */
    public record OpeningHours(
            List<DayOfWeek> days,
            @JsonFormat(pattern = "HH:mm") LocalTime opens,
            @JsonFormat(pattern = "HH:mm") LocalTime closes) {
        public OpeningHours {
            days = CenterConfiguration.copy(days);
        }
    }
}
