package io.onedoor.tenants.configuration;

import io.onedoor.support.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who is at the center on a date: on a working day every resident department and every rotating
 * one whose rota covers the date, and the on-call ones that can be summoned; on a day off nobody.
 */
public record Presence(LocalDate date, boolean workingDay, List<Present> present, List<OnCall> onCall) {

    public record Present(String code, String name, Department.Mode mode, List<String> windows) {}

    public record OnCall(String code, String name, @Nullable String host, int arrivalMinutes) {}

    static Presence on(LocalDate date, CenterConfiguration configuration, WorkingCalendar calendar, Catalogs catalogs) {
        if (!calendar.isWorkingDay(date)) {
            return new Presence(date, false, List.of(), List.of());
        }
        List<Present> present = configuration.departments().stream()
                .filter(department -> department.stationedOn(date))
                .map(department -> new Present(
                        department.code(),
                        catalogs.nameOf(department),
                        department.mode(),
                        windowsOf(department.code(), configuration)))
                .toList();
        List<OnCall> onCall = configuration.departments().stream()
                .filter(department -> department.mode() == Department.Mode.ON_CALL)
                .map(department -> new OnCall(
                        department.code(), catalogs.nameOf(department), department.host(), department.arrivalMinutes()))
                .toList();
        return new Presence(date, true, present, onCall);
    }

    private static List<String> windowsOf(String department, CenterConfiguration configuration) {
        return configuration.areas().stream()
                .flatMap(area -> area.windows().stream())
                .filter(window -> window.departments().contains(department))
                .map(Area.Window::number)
                .toList();
    }
}
