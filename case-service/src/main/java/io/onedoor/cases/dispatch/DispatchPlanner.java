package io.onedoor.cases.dispatch;

import io.onedoor.cases.configuration.CenterConfiguration;
import io.onedoor.cases.configuration.StandardPath;
import io.onedoor.cases.configuration.StationedDepartment;
import io.onedoor.cases.matter.AssignmentPlan;
import io.onedoor.cases.matter.AssignmentRole;
import io.onedoor.cases.matter.Matter;
import io.onedoor.cases.matter.MatterTerms;
import io.onedoor.cases.matter.StepRefusedException;
import io.onedoor.support.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who a dispatch assigns and by when: the departments asked for, or the category's standard path
 * (类案标准化) where none are; every department stationed at the center; each assignment's
 * response due and handling due counted from the dispatch on the class's deadlines.
 */
@Component
class DispatchPlanner {

    List<AssignmentPlan> plan(
            CenterConfiguration center,
            Matter matter,
            @Nullable String askedLead,
            @Nullable List<String> askedCoHandlers,
            @Nullable String reason,
            Instant now) {
        StandardPath path = center.standardPath(matter.category().value()).orElse(null);
        String standardLead = path == null ? null : path.lead();
        List<String> standardCoHandlers = path == null ? List.of() : path.coHandlers();
        // Nothing named: the standard path decides. A lead named without co-handlers has none.
        boolean named = askedLead != null || (askedCoHandlers != null && !askedCoHandlers.isEmpty());
        String lead = named ? (askedLead != null ? askedLead : standardLead) : standardLead;
        List<String> coHandlers =
                named && askedCoHandlers != null ? askedCoHandlers : named ? List.of() : standardCoHandlers;

        Map<String, String> refusals = new LinkedHashMap<>();
        if (lead == null) {
            refusals.put("leadDepartment", "is required: the category's standard path names no lead department");
        } else if (center.department(lead).isEmpty()) {
            refusals.put("leadDepartment", "is not a department stationed at this center");
        }
        for (int i = 0; i < coHandlers.size(); i++) {
            String department = coHandlers.get(i);
            if (center.department(department).isEmpty()) {
                refusals.put("coHandlers[" + i + "]", "is not a department stationed at this center");
            } else if (department.equals(lead) || coHandlers.subList(0, i).contains(department)) {
                refusals.put("coHandlers[" + i + "]", "is named twice in this dispatch");
            }
        }
        // Where the standard path names no lead, there is no path to depart from.
        boolean standard =
                standardLead == null || (Objects.equals(lead, standardLead) && coHandlers.equals(standardCoHandlers));
        if (!standard && (reason == null || reason.isBlank())) {
            refusals.put("reason", "is required when a dispatch departs from the category's standard path");
        }
        if (!refusals.isEmpty()) {
            throw new StepRefusedException(refusals);
        }

        // Each assignment counts its deadlines from now, on the class the matter has.
        MatterTerms terms = path == null
                ? MatterTerms.NONE
                : center.termsFor(
                        matter.category(),
                        matter.amountFen().orElse(null),
                        matter.parties().size(),
                        matter.complexity(),
                        now);
        List<AssignmentPlan> plans = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(now, WorkingCalendar.CHINA);
        plans.add(new AssignmentPlan(
                Objects.requireNonNull(lead),
                AssignmentRole.LEAD,
                hostOf(center, lead),
                terms.responseDueAt(),
                terms.closureDueOn(),
                nextDutyIfAway(center, lead, today)));
        for (String department : coHandlers) {
            plans.add(new AssignmentPlan(
                    department,
                    AssignmentRole.CO_HANDLER,
                    hostOf(center, department),
                    terms.responseDueAt(),
                    terms.closureDueOn(),
                    nextDutyIfAway(center, department, today)));
        }
        return plans;
    }

    /** A ROTATING department off duty today is flagged with the next day it is at the center. */
    private static @Nullable LocalDate nextDutyIfAway(CenterConfiguration center, String department, LocalDate today) {
        return center.department(department)
                .flatMap(stationed -> stationed.nextDutyDayIfAway(today, center.calendar()))
                .orElse(null);
    }

    /** An ON_CALL department is reached through its host's window; others take matters themselves. */
    private static @Nullable String hostOf(CenterConfiguration center, String department) {
        return center.department(department)
                .filter(stationed -> stationed.mode() == StationedDepartment.Stationing.ON_CALL)
                .map(StationedDepartment::host)
                .orElse(null);
    }
}
