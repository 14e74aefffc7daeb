package io.onedoor.tenants.configuration.workbook;

import io.onedoor.support.web.Problems.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems found while reading a workbook. Bounded, so that a sheet of garbage yields a
 * readable answer rather than a megabyte of errors.
 */
final class Findings {

    static final int MAX_LISTED = 500;

    private final List<FieldProblem> listed = new ArrayList<>();
    private int unlisted;

    void add(String field, String message) {
        if (listed.size() < MAX_LISTED) {
            listed.add(new FieldProblem(field, message));
        } else {
            unlisted++;
        }
    }

    boolean any() {
        return !listed.isEmpty();
    }

    void throwIfAny() {
        if (listed.isEmpty()) {
            return;
        }
        List<FieldProblem> all = new ArrayList<>(listed);
        if (unlisted > 0) {
            all.add(new FieldProblem(
                    WorkbookProblems.WORKBOOK,
                    unlisted + " more problem" + (unlisted == 1 ? " is" : "s are")
                            + " not listed; fix these and import again"));
        }
        throw new WorkbookProblems(all);
    }
}
