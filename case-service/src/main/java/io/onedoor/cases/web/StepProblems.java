package io.onedoor.cases.web;

import io.onedoor.cases.intake.IdempotencyKeyReusedException;
import io.onedoor.cases.intake.NotInConfigurationException;
import io.onedoor.cases.intake.OutOfReachException;
import io.onedoor.cases.ledger.InvalidCursorException;
import io.onedoor.cases.lifecycle.MatterNotFoundException;
import io.onedoor.cases.lifecycle.PreconditionRequiredException;
import io.onedoor.cases.lifecycle.StaleMatterException;
import io.onedoor.cases.matter.IllegalTransitionException;
import io.onedoor.cases.matter.NoSuchPartException;
import io.onedoor.cases.matter.NotAssigneeException;
import io.onedoor.cases.matter.Step;
import io.onedoor.cases.matter.StepRefusedException;
import io.onedoor.support.web.ProblemAdvice;
import io.onedoor.support.web.Problems;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The edge of every step: the domain's refusals as the problems the spec declares. The use
 * cases and the aggregate know nothing of HTTP.
 */
@RestControllerAdvice
@Order(ProblemAdvice.ORDER - 1)
class StepProblems {

    @ExceptionHandler(IllegalTransitionException.class)
    ResponseEntity<ProblemDetail> illegalTransition(IllegalTransitionException ex) {
        ProblemDetail problem =
                Problems.of(HttpStatus.CONFLICT, "illegal-transition", "Step not allowed now", ex.getMessage());
        problem.setProperty("matterStatus", ex.status().name());
        problem.setProperty(
                "allowedSteps", ex.allowed().stream().map(Step::name).toList());
        return answer(problem);
    }

    @ExceptionHandler(MatterNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(MatterNotFoundException ex) {
        return answer(Problems.of(HttpStatus.NOT_FOUND, "matter-not-found", "Unknown matter", ex.getMessage()));
    }

    /** An assignment, whistle, lock or instalment the matter does not have. */
    @ExceptionHandler(NoSuchPartException.class)
    ResponseEntity<ProblemDetail> noSuchPart(NoSuchPartException ex) {
        return answer(
                Problems.of(HttpStatus.NOT_FOUND, ex.part() + "-not-found", "Unknown " + ex.part(), ex.getMessage()));
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> preconditionRequired(PreconditionRequiredException ex) {
        return answer(Problems.of(
                HttpStatus.PRECONDITION_REQUIRED, "precondition-required", "If-Match required", ex.getMessage()));
    }

    @ExceptionHandler(StaleMatterException.class)
    ResponseEntity<ProblemDetail> stale(StaleMatterException ex) {
        return answer(
                Problems.of(HttpStatus.PRECONDITION_FAILED, "precondition-failed", "Matter changed", ex.getMessage()));
    }

    /** Two steps decided on the same version at once: the one that wrote second lost. */
    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> raced(ObjectOptimisticLockingFailureException ex) {
        return answer(Problems.of(
                HttpStatus.PRECONDITION_FAILED,
                "precondition-failed",
                "Matter changed",
                "Another step changed the matter at the same moment; read it again and decide again."));
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReusedException ex) {
        return answer(Problems.invalid(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "idempotency-key-reused",
                "Idempotency-Key already used",
                List.of(new Problems.FieldProblem("Idempotency-Key", ex.getMessage()))));
    }

    @ExceptionHandler(OutOfReachException.class)
    ResponseEntity<ProblemDetail> outOfReach(OutOfReachException ex) {
        return answer(Problems.invalid(
                HttpStatus.FORBIDDEN,
                "forbidden",
                "Request breaks a rule",
                List.of(new Problems.FieldProblem("orgUnitCode", ex.getMessage()))));
    }

    @ExceptionHandler(NotInConfigurationException.class)
    ResponseEntity<ProblemDetail> notInConfiguration(NotInConfigurationException ex) {
        List<Problems.FieldProblem> errors = new ArrayList<>();
        ex.inOrder().forEach(field -> errors.add(new Problems.FieldProblem(field.getKey(), field.getValue())));
        return answer(Problems.invalid(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "not-in-center-configuration",
                "Not part of this center's configuration",
                errors));
    }

    @ExceptionHandler(InvalidCursorException.class)
    ResponseEntity<ProblemDetail> invalidCursor(InvalidCursorException ex) {
        return answer(Problems.invalid(
                HttpStatus.BAD_REQUEST,
                "validation",
                "Request is not valid",
                List.of(new Problems.FieldProblem("cursor", ex.getMessage()))));
    }

    @ExceptionHandler(NotAssigneeException.class)
    ResponseEntity<ProblemDetail> notAssignee(NotAssigneeException ex) {
        return answer(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Not your department's", ex.getMessage()));
    }

    @ExceptionHandler(StepRefusedException.class)
    ResponseEntity<ProblemDetail> refused(StepRefusedException ex) {
        List<Problems.FieldProblem> errors = new ArrayList<>();
        ex.inOrder().forEach(field -> errors.add(new Problems.FieldProblem(field.getKey(), field.getValue())));
        return answer(Problems.invalid(
                HttpStatus.UNPROCESSABLE_CONTENT, "step-refused", "The step cannot be taken as asked", errors));
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
