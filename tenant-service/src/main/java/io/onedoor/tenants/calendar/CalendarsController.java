package io.onedoor.tenants.calendar;

import io.onedoor.api.configuration.CalendarsApi;
import io.onedoor.support.access.RequestCaller;
import io.onedoor.support.web.EntityTags;
import io.onedoor.support.web.ProblemException;
import io.onedoor.support.web.Problems.FieldProblem;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * A province's working calendars, as {@code configuration.yaml} (tag {@code calendars}) defines
 * them. The spec's rules let only an operator of the path's province through.
 */
@RestController
class CalendarsController implements CalendarsApi {

    private final ProvinceCalendars calendars;

    CalendarsController(ProvinceCalendars calendars) {
        this.calendars = calendars;
    }

    @Override
    public ResponseEntity<io.onedoor.api.configuration.model.ProvinceCalendar> getProvinceCalendar(
            String province, Integer year) {
        ProvinceCalendar calendar = calendars.find(province, year).orElseThrow(() -> notFound(year));
        return withEtag(calendar);
    }

    @Override
    public ResponseEntity<io.onedoor.api.configuration.model.ProvinceCalendar> putProvinceCalendar(
            String province,
            Integer year,
            io.onedoor.api.configuration.model.CalendarYear body,
            @Nullable String ifMatch) {
        List<FieldProblem> problems = CalendarFindings.check(year, body);
        if (!problems.isEmpty()) {
            throw ProblemException.fields(
                    HttpStatus.UNPROCESSABLE_CONTENT, "invalid-calendar", "Calendar breaks a rule", problems);
        }
        CalendarYear calendar = new CalendarYear(
                year,
                CalendarFindings.holidays(body).stream()
                        .map(CalendarsController::present)
                        .toList(),
                new HashSet<>(CalendarFindings.makeUpWorkdays(body).stream()
                        .map(CalendarsController::present)
                        .toList()));
        return withEtag(calendars.save(
                province, year, calendar, ifMatch, RequestCaller.require().subject()));
    }

    /** Checked above: the calendar has no missing entries by now. */
    private static <T> T present(@Nullable T entry) {
        if (entry == null) {
            throw new IllegalStateException("a checked calendar has no missing entries");
        }
        return entry;
    }

    private static ResponseEntity<io.onedoor.api.configuration.model.ProvinceCalendar> withEtag(
            ProvinceCalendar calendar) {
        return ResponseEntity.ok().eTag(EntityTags.of(calendar.version())).body(toModel(calendar));
    }

    private static io.onedoor.api.configuration.model.ProvinceCalendar toModel(ProvinceCalendar calendar) {
        List<io.onedoor.api.configuration.model.Holiday> holidays = new ArrayList<>();
        calendar.holidays()
                .forEach(holiday -> holidays.add(
                        new io.onedoor.api.configuration.model.Holiday(holiday.name(), holiday.from(), holiday.to())));
        List<LocalDate> makeUpWorkdays =
                new ArrayList<>(calendar.makeUpWorkdays().stream().sorted().toList());
        return new io.onedoor.api.configuration.model.ProvinceCalendar(
                        holidays,
                        makeUpWorkdays,
                        calendar.province(),
                        calendar.year(),
                        io.onedoor.api.configuration.model.ProvinceCalendar.SourceEnum.valueOf(
                                calendar.source().name()),
                        calendar.version())
                .savedBy(calendar.savedBy())
                .savedAt(
                        calendar.savedAt() == null
                                ? null
                                : OffsetDateTime.ofInstant(calendar.savedAt(), ZoneOffset.UTC));
    }

    private static ProblemException notFound(int year) {
        return ProblemException.of(
                HttpStatus.NOT_FOUND,
                "calendar-not-found",
                "Unknown calendar",
                "Neither the province nor the official calendars have " + year
                        + "; the operator enters each year's notice when it is published.");
    }
}
