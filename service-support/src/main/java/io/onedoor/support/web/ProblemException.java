package io.onedoor.support.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A refusal the domain decides, answered as the problem it carries. */
public class ProblemException extends ErrorResponseException {

    private static final long serialVersionUID = 1L;

    public ProblemException(ProblemDetail problem) {
        super(HttpStatus.valueOf(problem.getStatus()), problem, null);
    }

    public static ProblemException of(HttpStatus status, String kind, String title, String detail) {
        return new ProblemException(Problems.of(status, kind, title, detail));
    }

    /** A business-rule refusal naming every field at fault (422 unless said otherwise). */
    public static ProblemException fields(
            HttpStatus status, String kind, String title, List<Problems.FieldProblem> errors) {
        return new ProblemException(Problems.invalid(status, kind, title, errors));
    }

    public static ProblemException field(HttpStatus status, String kind, String field, String message) {
        return fields(status, kind, "Request breaks a rule", List.of(new Problems.FieldProblem(field, message)));
    }
}
