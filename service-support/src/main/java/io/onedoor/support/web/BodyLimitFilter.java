package io.onedoor.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Refuses a request body larger than its path allows ({@link BodyLimitProperties}) with a 413
 * {@code content-too-large} problem: at once when the declared Content-Length is over the limit
 * (nothing of the body is read), and, for a body streamed without a length, as soon as the bytes
 * read pass it, whatever reads them. Nothing is buffered here.
 */
class BodyLimitFilter extends OncePerRequestFilter {

    private final long defaultMax;
    private final List<Limit> limits;
    private final Problems problems;

    BodyLimitFilter(BodyLimitProperties properties, Problems problems) {
        this.defaultMax = properties.defaultMax().toBytes();
        // Most specific first, so the first match is the one that applies.
        this.limits = properties.paths().stream()
                .map(path -> new Limit(
                        PathPatternParser.defaultInstance.parse(path.pattern()),
                        path.max().toBytes()))
                .sorted(Comparator.comparing(Limit::pattern, PathPattern.SPECIFICITY_COMPARATOR))
                .toList();
        this.problems = problems;
    }

    static ProblemDetail tooLarge() {
        return Problems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "content-too-large",
                "Request body too large",
                "The request body is larger than this path accepts.");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = maxBytes(request.getRequestURI());
        long declared = request.getContentLengthLong();
        if (declared > max) {
            refuse(response);
            return;
        }
        if (declared >= 0) {
            // The container delivers no more than the declared length.
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(new Counted(request, max), response);
        } catch (IOException | ServletException | RuntimeException failure) {
            // Read where no exception handler of Spring MVC saw it (a filter, the container).
            if (!overLimit(failure) || response.isCommitted()) {
                throw failure;
            }
            response.reset();
            refuse(response);
        }
    }

    private void refuse(HttpServletResponse response) throws IOException {
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        if (requestId != null) {
            response.setHeader(RequestIdFilter.HEADER, requestId);
        }
        // The rest of the body is not wanted: the connection is not kept for another request.
        response.setHeader(HttpHeaders.CONNECTION, "close");
        problems.write(response, tooLarge());
    }

    long maxBytes(String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (Limit limit : limits) {
            if (limit.pattern().matches(container)) {
                return limit.max();
            }
        }
        return defaultMax;
    }

    /** The limit was passed, whatever the reader wrapped the failure in. */
    static boolean overLimit(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    private record Limit(PathPattern pattern, long max) {}

    /** A streamed body passed its path's limit. */
    static final class BodyTooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        BodyTooLargeException() {
            super("request body over the path's limit");
        }
    }

    /** The request with a body that fails once more than {@code max} bytes have been read. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final long max;
        private @Nullable ServletInputStream stream;

        Counted(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), max);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long max;
        private long seen;

        CountingStream(ServletInputStream body, long max) {
            this.body = body;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = body.read(buffer, offset, length);
            if (read > 0) {
                count(read);
            }
            return read;
        }

        private void count(int read) throws BodyTooLargeException {
            seen += read;
            if (seen > max) {
                throw new BodyTooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
