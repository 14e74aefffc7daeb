package io.onedoor.support.access;

import java.util.Optional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The caller of the current request, as {@link OperationAccessInterceptor} established it from the
 * verified token; for services' row-level rules (a staff member's org-unit subtree, an operator's
 * province).
 */
public final class RequestCaller {

    static final String ATTRIBUTE = RequestCaller.class.getName();

    private RequestCaller() {}

    public static Optional<Caller> get() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null
                ? Optional.empty()
                : Optional.ofNullable((Caller) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }

    /** The caller; a programming error outside an authorized request. */
    public static Caller require() {
        return get().orElseThrow(() -> new IllegalStateException("no authorized caller on this request"));
    }
}
