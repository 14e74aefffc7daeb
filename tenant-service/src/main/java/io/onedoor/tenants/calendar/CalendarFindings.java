package io.onedoor.tenants.calendar;

import io.onedoor.support.web.BodyFindings;
import io.onedoor.support.web.Problems.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Everything wrong with a calendar an operator sends: entries missing from its lists and every
 * rule {@link CalendarYear#check} finds. Also run when the body fails bean validation, so that
 * one answer names all there is to fix; entries with a missing part are then left to the bean
 * validation problems, which name that part.
 */
@Component
class CalendarFindings implements BodyFindings {

    @Override
    public List<FieldProblem> findings(Object body) {
        if (!(body instanceof io.onedoor.api.configuration.model.CalendarYear calendar)) {
            return List.of();
        }
        // The year is the path's; without a sensible one the year rules would only add noise.
        return pathYear().map(year -> check(year, calendar)).orElse(List.of());
    }

    static List<FieldProblem> check(int year, io.onedoor.api.configuration.model.CalendarYear body) {
        List<FieldProblem> problems = new ArrayList<>();
        List<CalendarYear.@Nullable Holiday> holidays = holidays(body);
        for (int i = 0; i < holidays.size(); i++) {
            if (body.getHolidays().get(i) == null) {
                problems.add(new FieldProblem("holidays[" + i + "]", "is required"));
            }
        }
        List<@Nullable LocalDate> makeUpWorkdays = makeUpWorkdays(body);
        for (int i = 0; i < makeUpWorkdays.size(); i++) {
            if (makeUpWorkdays.get(i) == null) {
                problems.add(new FieldProblem("makeUpWorkdays[" + i + "]", "is required"));
            }
        }
        CalendarYear.check(year, holidays, makeUpWorkdays)
                .forEach(finding -> problems.add(new FieldProblem(finding.field(), finding.message())));
        return problems;
    }

    /** The body's holidays; null where an entry or a part of it is missing. */
    static List<CalendarYear.@Nullable Holiday> holidays(io.onedoor.api.configuration.model.CalendarYear body) {
        List<CalendarYear.@Nullable Holiday> holidays = new ArrayList<>();
        if (body.getHolidays() == null) {
            return holidays;
        }
        for (io.onedoor.api.configuration.model.Holiday holiday : body.getHolidays()) {
            holidays.add(
                    holiday == null || holiday.getName() == null || holiday.getFrom() == null || holiday.getTo() == null
                            ? null
                            : new CalendarYear.Holiday(holiday.getName(), holiday.getFrom(), holiday.getTo()));
        }
        return holidays;
    }

    static List<@Nullable LocalDate> makeUpWorkdays(io.onedoor.api.configuration.model.CalendarYear body) {
        return body.getMakeUpWorkdays() == null ? List.of() : new ArrayList<>(body.getMakeUpWorkdays());
    }

    private static Optional<Integer> pathYear() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null
                || !(request.getAttribute(
                                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
                        instanceof Map<?, ?> variables)
                || !(variables.get("year") instanceof String year)
                || !year.matches("[0-9]{4}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(year);
        return value >= 2000 && value <= 2100 ? Optional.of(value) : Optional.empty();
    }
}
