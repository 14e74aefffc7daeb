package io.onedoor.support.web;

import io.onedoor.support.web.Problems.FieldProblem;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns every error a request can cause into an RFC 9457 problem. Validation problems list every
 * offending field at once: body fields by their path ({@code parties[0].idNumber}), parameters
 * and headers by their name, plus the service's {@link BodyFindings}; a value outside an enum's
 * list names the values accepted. What Spring MVC refuses itself (405, 406, 415, no handler)
 * gets the platform's {@code type} and the request id like every other problem. An unexpected
 * failure is a 500 problem that reveals nothing of its cause.
 *
 * <p>Ordered before Boot's generic problem handler, so that it answers; a service's own advice
 * for its domain exceptions is ordered before this one ({@link #ORDER}), or the catch-all here
 * would take them.
 */
@RestControllerAdvice
@Order(ProblemAdvice.ORDER)
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    /** This advice's order; a service's advice for its own exceptions takes a smaller one. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final String TOMCAT_BAD_PARAMETER = "org.apache.tomcat.util.http.InvalidParameterException";

    private final ObjectProvider<BodyFindings> bodyFindings;
    private final ObjectProvider<Validator> validator;

    public ProblemAdvice(ObjectProvider<BodyFindings> bodyFindings, ObjectProvider<Validator> validator) {
        this.bodyFindings = bodyFindings;
        this.validator = validator;
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), messageOf(error)));
        }
        ex.getBindingResult().getGlobalErrors().forEach(e -> errors.add(new FieldProblem("body", messageOf(e))));
        addFindings(ex.getBindingResult().getTarget(), errors);
        return badRequest(errors);
    }

    /**
     * The generated API interfaces carry constraint annotations, so Spring validates all arguments
     * of a call together, request bodies included: body errors arrive per argument and are
     * unpacked here to their fields.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors body) {
                body.getFieldErrors()
                        .forEach(error -> errors.add(new FieldProblem(error.getField(), messageOf(error))));
                body.getGlobalErrors().forEach(error -> errors.add(new FieldProblem("body", messageOf(error))));
                addFindings(body.getArgument(), errors);
            } else {
                String name = parameterName(result.getMethodParameter());
                result.getResolvableErrors().forEach(error -> errors.add(new FieldProblem(name, messageOf(error))));
            }
        });
        return badRequest(errors);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (BodyLimitFilter.overLimit(ex)) {
            return tooLarge();
        }
        if (ex instanceof UnfitBody unfit) {
            return badRequest(everythingWrongWith(unfit));
        }
        // The innermost cause may be a generated enum's factory; the Jackson exception above it
        // knows the field.
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return badRequest(List.of(new FieldProblem(pathOf(unknown), "unknown field")));
            }
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                String field = pathOf(jackson);
                List<String> allowed = allowedValues(targetOf(jackson));
                return badRequest(List.of(
                        allowed.isEmpty()
                                ? new FieldProblem(field, "has the wrong type or an unknown value")
                                : new FieldProblem(field, mustBeOneOf(allowed), allowed)));
            }
        }
        return badRequest(List.of(new FieldProblem("body", "is not valid JSON")));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch
                ? parameterName(mismatch.getParameter())
                : String.valueOf(ex.getPropertyName());
        List<String> allowed = allowedValues(ex.getRequiredType());
        return badRequest(List.of(
                allowed.isEmpty()
                        ? new FieldProblem(name, "has the wrong type or format")
                        : new FieldProblem(name, mustBeOneOf(allowed), allowed)));
    }

    /**
     * What Spring MVC refuses itself (405, 406, 415, 404 of no handler, a missing parameter...)
     * comes as Spring's problem with {@code about:blank}: it gets the platform's type for its
     * status and the request id. A 404's detail names no path.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem && isBlank(problem.getType())) {
            ProblemDetail typed = Problems.forStatus(
                    answer.getStatusCode(),
                    ex instanceof NoResourceFoundException || problem.getDetail() == null
                            ? ProblemErrorController.detailOf(answer.getStatusCode())
                            : problem.getDetail());
            if (problem.getProperties() != null) {
                problem.getProperties().forEach((name, value) -> {
                    if (!"requestId".equals(name)) {
                        typed.setProperty(name, value);
                    }
                });
            }
            return ResponseEntity.status(answer.getStatusCode())
                    .headers(answer.getHeaders())
                    .body(typed);
        }
        return answer;
    }

    private static boolean isBlank(@Nullable URI type) {
        return type == null || "about:blank".equals(type.toString());
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> onProblem(ProblemException ex) {
        return ResponseEntity.status(ex.getStatusCode())
                .headers(ex.getHeaders())
                .body(ex.getBody());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> onUnexpected(Exception ex) throws Exception {
        if (ex instanceof ErrorResponseException) {
            throw ex;
        }
        if (BodyLimitFilter.overLimit(ex)) {
            // A handler that reads the body itself met the limit, whatever it wrapped it in.
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .header(HttpHeaders.CONNECTION, "close")
                    .body(BodyLimitFilter.tooLarge());
        }
        if (TOMCAT_BAD_PARAMETER.equals(ex.getClass().getName())) {
            // The container refuses a query string that does not decode once a parameter is read.
            return ResponseEntity.badRequest()
                    .body(Problems.invalid(
                            HttpStatus.BAD_REQUEST,
                            "validation",
                            "Request is not valid",
                            List.of(new FieldProblem("query", "is not valid UTF-8 percent-encoding"))));
        }
        log.error("unexpected failure", ex);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(Problems.of(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal",
                        "Unexpected error",
                        "The request failed unexpectedly and changed nothing; quote the request id to support."));
    }

    /**
     * The values that did not fit their types, then what bean validation and the service's
     * checks find in the rest of the body: one answer for everything the caller must fix.
     */
    private List<FieldProblem> everythingWrongWith(UnfitBody unfit) {
        List<FieldProblem> errors = new ArrayList<>(unfit.problems());
        Object partial = unfit.partial();
        Validator beans = validator.getIfAvailable();
        if (partial != null && beans != null) {
            Set<String> reported = new HashSet<>();
            errors.forEach(error -> reported.add(error.field()));
            beans.validate(partial).stream()
                    .map(violation ->
                            new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
                    .filter(problem -> reported.add(problem.field()))
                    .forEach(errors::add);
        }
        addFindings(partial, errors);
        return errors;
    }

    private void addFindings(@Nullable Object body, List<FieldProblem> errors) {
        if (body == null) {
            return;
        }
        Set<String> reported = new HashSet<>();
        errors.forEach(error -> reported.add(error.field()));
        bodyFindings
                .orderedStream()
                .flatMap(check -> check.findings(body).stream())
                .filter(finding -> reported.add(finding.field()))
                .forEach(errors::add);
    }

    private static ResponseEntity<Object> tooLarge() {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .header(HttpHeaders.CONNECTION, "close")
                .body(BodyLimitFilter.tooLarge());
    }

    /** The type a failed value was to become, where Jackson knows it. */
    private static @Nullable Class<?> targetOf(JacksonException ex) {
        if (ex instanceof MismatchedInputException mismatch) {
            return mismatch.getTargetType();
        }
        if (ex instanceof ValueInstantiationException instantiation && instantiation.getType() != null) {
            return instantiation.getType().getRawClass();
        }
        return null;
    }

    /**
     * The values an enum accepts, as callers write them: the generated API enums answer their
     * wire value from {@code toString}.
     */
    private static List<String> allowedValues(@Nullable Class<?> type) {
        if (type == null || !type.isEnum()) {
            return List.of();
        }
        return Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList();
    }

    private static String mustBeOneOf(List<String> allowed) {
        return "must be one of " + String.join(", ", allowed);
    }

    private static ResponseEntity<Object> badRequest(List<FieldProblem> errors) {
        return ResponseEntity.badRequest()
                .body(Problems.invalid(HttpStatus.BAD_REQUEST, "validation", "Request is not valid", errors));
    }

    private static String parameterName(MethodParameter parameter) {
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
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    private static String pathOf(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : ex.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
