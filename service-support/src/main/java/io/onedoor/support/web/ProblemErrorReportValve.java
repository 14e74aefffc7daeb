package io.onedoor.support.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's last word, as a problem: an error the container answers where no error page of the
 * application could (a request it refused so early that no servlet context took it, or an error
 * page that failed itself) gets a problem+json body with the request id instead of Tomcat's HTML
 * report. Written by hand: nothing of the request goes into it but the validated request id.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, @Nullable Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String requestId = RequestIdFilter.idOf(request, response);
        ProblemDetail problem = Problems.forStatus(
                HttpStatusCode.valueOf(status), ProblemErrorController.detailOf(HttpStatusCode.valueOf(status)));
        try {
            response.setHeader(RequestIdFilter.HEADER, requestId);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json(problem, requestId));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the answer already started: nothing more to say.
        }
    }

    private static String json(ProblemDetail problem, String requestId) {
        // Every value is fixed text of ours or the id's [A-Za-z0-9-] shape: nothing to escape.
        return "{\"type\":\"" + problem.getType() + "\",\"title\":\"" + problem.getTitle() + "\",\"status\":"
                + problem.getStatus() + ",\"detail\":\"" + problem.getDetail() + "\",\"requestId\":\"" + requestId
                + "\"}";
    }
}
