package io.onedoor.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Carries the gateway's request id into every log line ({@code requestId} in the MDC) and back in
 * the response. An id that is not of the gateway's shape is replaced, so a caller cannot forge
 * log lines through it.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9-]{8,64}$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = idOf(request, response);
        MDC.put(MDC_KEY, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /**
     * The container's error dispatch (an exception or sendError after the request's own dispatch,
     * or a request the container refused before any filter ran) runs here too, so the problem it
     * answers carries the request's id.
     */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /**
     * The id already answered for this request (an error dispatch keeps the first dispatch's), else
     * the gateway's, else a new one.
     */
    static String idOf(HttpServletRequest request, HttpServletResponse response) {
        String answered = response.getHeader(HEADER);
        if (answered != null && SHAPE.matcher(answered).matches()) {
            return answered;
        }
        String given = request.getHeader(HEADER);
        return given != null && SHAPE.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
    }
}
