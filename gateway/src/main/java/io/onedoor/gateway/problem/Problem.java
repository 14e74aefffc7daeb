package io.onedoor.gateway.problem;

import org.springframework.http.HttpStatus;

/**
 * One kind of refusal or failure, answered as RFC 9457 problem+json with the stable type {@code
 * https://onedoor.io/problems/{kind}}. The detail is fixed text: nothing the client sent and no
 * internal host or exception text ever goes into it.
 */
public record Problem(HttpStatus status, String kind, String title, String detail) {

    public static final String TYPE_BASE = "https://onedoor.io/problems/";

    public static final Problem NOT_FOUND =
            new Problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "There is no resource at this path.");

    public static final Problem SERVICE_UNAVAILABLE = new Problem(
            HttpStatus.SERVICE_UNAVAILABLE,
            "service-unavailable",
            "Service unavailable",
            "The service behind this path cannot be reached right now; try again shortly.");

    public static final Problem SERVICE_TIMEOUT = new Problem(
            HttpStatus.GATEWAY_TIMEOUT,
            "service-timeout",
            "Service timed out",
            "The service behind this path did not answer in time; try again shortly.");

    public static final Problem INTERNAL_ERROR = new Problem(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "internal-error",
            "Internal error",
            "The gateway could not handle this request; quote the request id to support.");

    public String type() {
        return TYPE_BASE + kind;
    }
}
