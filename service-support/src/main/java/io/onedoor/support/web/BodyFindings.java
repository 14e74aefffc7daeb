package io.onedoor.support.web;

import java.util.List;

/**
 * A service's domain checks of a request body, run when the body also fails bean validation, so
 * that one problem answer names everything the caller must fix rather than the first half of it.
 * Declare one as a bean; it answers an empty list for bodies it does not know.
 */
@FunctionalInterface
public interface BodyFindings {

    List<Problems.FieldProblem> findings(Object body);
}
