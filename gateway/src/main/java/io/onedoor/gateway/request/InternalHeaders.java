package io.onedoor.gateway.request;

import java.util.Locale;

/**
 * Headers only the platform may set. Whatever a client sends under these names is dropped before
 * the request goes anywhere: services read the request id and the forwarding headers as the
 * gateway's word, and later the caller's identity will travel in {@code X-Onedoor-*} headers.
 */
final class InternalHeaders {

    private InternalHeaders() {}

    static boolean isInternal(String name) {
        String header = name.toLowerCase(Locale.ROOT);
        return header.equals("x-request-id")
                || header.startsWith("x-onedoor-")
                || header.startsWith("x-tenant")
                || header.startsWith("x-forwarded-")
                || header.equals("forwarded");
    }
}
