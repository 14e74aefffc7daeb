package io.onedoor.cases.supervision;

import io.onedoor.support.web.ProblemAdvice;
import io.onedoor.support.web.Problems;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The edge of supervision: its refusals as the problems the spec declares. */
@RestControllerAdvice(assignableTypes = SupervisionController.class)
@Order(ProblemAdvice.ORDER - 1)
class SupervisionProblems {

    @ExceptionHandler(SupervisionNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(SupervisionNotFoundException ex) {
        return answer(Problems.of(
                HttpStatus.NOT_FOUND, "supervision-not-found", "Unknown supervision item", ex.getMessage()));
    }

    @ExceptionHandler(SupervisionClosedException.class)
    ResponseEntity<ProblemDetail> closed(SupervisionClosedException ex) {
        return answer(
                Problems.of(HttpStatus.CONFLICT, "supervision-closed", "Supervision item closed", ex.getMessage()));
    }

    @ExceptionHandler(SupervisionConflictException.class)
    ResponseEntity<ProblemDetail> conflict(SupervisionConflictException ex) {
        ProblemDetail problem =
                Problems.of(HttpStatus.CONFLICT, ex.kind(), "Supervision cannot be opened", ex.getMessage());
        if (ex.existing() != null) {
            problem.setProperty("supervisionId", ex.existing().toString());
        }
        return answer(problem);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
