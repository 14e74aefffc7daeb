package io.onedoor.support.web;

import io.onedoor.support.web.Problems.FieldProblem;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * A JSON request body whose values do not all fit the request's types: every value at fault, and
 * the body as far as it could be read (the unfit values left out), so that the answer can add
 * what bean validation and the service's own checks find in the rest.
 */
public class UnfitBody extends HttpMessageNotReadableException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;
    private final transient @Nullable Object partial;

    UnfitBody(
            HttpMessageNotReadableException strict,
            HttpInputMessage input,
            List<FieldProblem> problems,
            @Nullable Object partial) {
        super(String.valueOf(strict.getMessage()), strict, input);
        this.problems = List.copyOf(problems);
        this.partial = partial;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public @Nullable Object partial() {
        return partial;
    }
}
