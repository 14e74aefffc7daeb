package io.onedoor.support.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problems with the platform's stable {@code type} URIs
 * ({@code https://onedoor.io/problems/{kind}}) and, for validation problems, the list of every
 * offending field under {@code errors}.
 */
public class Problems {

    public static final String TYPE_BASE = "https://onedoor.io/problems/";

    private final JsonMapper json;

    public Problems(JsonMapper json) {
        this.json = json;
    }

    public static ProblemDetail of(HttpStatus status, String kind, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + kind));
        problem.setTitle(title);
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    /**
     * A problem for a refusal the framework or the container decides (405, 406, 413, a malformed
     * path...): its kind and title follow the status's reason phrase, as the gateway names them
     * ({@code 413} is {@code content-too-large}), so a caller sees one type whichever hop refused.
     */
    public static ProblemDetail forStatus(HttpStatusCode status, String detail) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            known = status.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        ProblemDetail problem = of(known, kindOf(known), known.getReasonPhrase(), detail);
        problem.setStatus(status.value());
        return problem;
    }

    /** The stable kind of a status: {@code internal} for 500, else its reason phrase in kebab case. */
    public static String kindOf(HttpStatus status) {
        if (status == HttpStatus.INTERNAL_SERVER_ERROR) {
            return "internal";
        }
        return status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    public static ProblemDetail invalid(HttpStatus status, String kind, String title, List<FieldProblem> errors) {
        ProblemDetail problem = of(
                status,
                kind,
                title,
                errors.size() == 1
                        ? errors.getFirst().field() + ": " + errors.getFirst().message()
                        : errors.size() + " fields are invalid");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** Writes a problem from code that runs before Spring MVC's exception handling (filters). */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /**
     * One offending field: where it is, what is wrong with it and, for a value outside a closed
     * list (an enum), the values it accepts (left out of the JSON when there is no such list).
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record FieldProblem(String field, String message, List<String> allowedValues) {

        public FieldProblem {
            allowedValues = List.copyOf(allowedValues);
        }

        public FieldProblem(String field, String message) {
            this(field, message, List.of());
        }
    }
}
