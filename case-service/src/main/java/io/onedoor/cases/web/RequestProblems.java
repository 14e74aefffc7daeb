package io.onedoor.cases.web;

import io.onedoor.api.cases.model.MatterRegistration;
import io.onedoor.support.web.Problems;
import io.onedoor.support.web.Problems.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Answers an invalid request to this service's generated API interfaces with every field at
 * fault. Their constraint annotations make Spring validate all arguments at once, request bodies
 * included, and report body errors per argument: the shared advice would name the argument
 * ({@code registration}) instead of the field ({@code parties[0].name}). For a registration, the
 * domain rules' findings (such as a resident ID number's check digit) join the list, so one
 * answer names everything to fix.
 *
 * <p>It also names the field of a value Jackson could not read even when the failure came from
 * the generated enums' factories (an IllegalArgumentException under Jackson's exception), where
 * the shared advice, looking only at the innermost cause, answers {@code body}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestProblems {

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> onInvalidArguments(HandlerMethodValidationException ex) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors body) {
                for (FieldError error : body.getFieldErrors()) {
                    errors.add(new FieldProblem(error.getField(), messageOf(error)));
                }
                body.getGlobalErrors().forEach(error -> errors.add(new FieldProblem("body", messageOf(error))));
                if (body.getArgument() instanceof MatterRegistration registration) {
                    Set<String> reported = new HashSet<>();
                    errors.forEach(error -> reported.add(error.field()));
                    RegistrationReader.fieldProblems(registration).stream()
                            .filter(problem -> !reported.contains(problem.field()))
                            .forEach(errors::add);
                }
            } else {
                String name = nameOf(result.getMethodParameter());
                result.getResolvableErrors().forEach(error -> errors.add(new FieldProblem(name, messageOf(error))));
            }
        });
        return ResponseEntity.badRequest()
                .body(Problems.invalid(HttpStatus.BAD_REQUEST, "validation", "Request is not valid", errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> onUnreadableBody(HttpMessageNotReadableException ex) {
        FieldProblem problem = new FieldProblem("body", "is not valid JSON");
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof UnrecognizedPropertyException unknown) {
                problem = new FieldProblem(pathOf(unknown), "unknown field");
                break;
            }
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                problem = new FieldProblem(pathOf(jackson), "has the wrong type or an unknown value");
                break;
            }
        }
        return ResponseEntity.badRequest()
                .body(Problems.invalid(HttpStatus.BAD_REQUEST, "validation", "Request is not valid", List.of(problem)));
    }

    /** Tomcat refuses a query string that does not decode as UTF-8 once a parameter is read. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> onUndecodableQuery(InvalidParameterException ex) {
        return ResponseEntity.badRequest()
                .body(Problems.invalid(
                        HttpStatus.BAD_REQUEST,
                        "validation",
                        "Request is not valid",
                        List.of(new FieldProblem("query", "is not valid UTF-8 percent-encoding"))));
    }

    private static String pathOf(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String nameOf(MethodParameter parameter) {
        var header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.value().isEmpty()) {
            return header.value();
        }
        var query = parameter.getParameterAnnotation(RequestParam.class);
        if (query != null && !query.value().isEmpty()) {
            return query.value();
        }
        var path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.value().isEmpty()) {
            return path.value();
        }
        return String.valueOf(parameter.getParameterName());
    }

    private static String messageOf(MessageSourceResolvable error) {
        String message = error.getDefaultMessage();
        return message == null ? "is invalid" : message;
    }
}
