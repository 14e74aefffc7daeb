package io.onedoor.tenants.configuration.workbook;

import io.onedoor.support.web.ProblemException;
import io.onedoor.support.web.Problems;
import io.onedoor.support.web.Problems.FieldProblem;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A workbook that cannot be read into a configuration, with every problem found: a cell at fault
 * ({@code 窗口 windows!C5}), or one problem with the workbook as a whole (not an .xlsx, a sheet
 * missing). Answered as a 400 problem listing them all.
 */
public final class WorkbookProblems extends ProblemException {

    private static final long serialVersionUID = 1L;

    /** The field of a problem with the whole upload rather than a sheet or cell. */
    public static final String WORKBOOK = "workbook";

    private final transient List<FieldProblem> problems;

    WorkbookProblems(List<FieldProblem> problems) {
        super(Problems.invalid(HttpStatus.BAD_REQUEST, "invalid-workbook", "Workbook cannot be imported", problems));
        this.problems = List.copyOf(problems);
    }

    static WorkbookProblems of(String field, String message) {
        return new WorkbookProblems(List.of(new FieldProblem(field, message)));
    }

    /** Every problem, in sheet and row order. */
    public List<FieldProblem> problems() {
        return problems;
    }
}
