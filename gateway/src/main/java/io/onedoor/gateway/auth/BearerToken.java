package io.onedoor.gateway.auth;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;

/**
 * What a request's {@code Authorization} header offers, judged before any parsing of the token:
 * nothing, something that cannot be a bearer token, or a candidate token.
 */
sealed interface BearerToken {

    /** The longest Authorization header considered at all; longer ones are refused unread. */
    int MAX_HEADER_LENGTH = 8 * 1024;

    /** RFC 6750's b64token (which a JWT's three base64url parts and two dots satisfy). */
    Pattern TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

    String SCHEME = "Bearer ";

    /** No Authorization header: the caller did not try to authenticate. */
    record Missing() implements BearerToken {}

    /** A header that is no single bearer token: too long, repeated, another scheme, bad characters. */
    record Unusable() implements BearerToken {}

    /** A bearer token, still to be verified. */
    record Offered(String token) implements BearerToken {

        @Override
        public String toString() {
            // Never let a token reach a log line through toString.
            return "Offered[token=...]";
        }
    }

    static BearerToken from(HttpHeaders headers) {
        List<String> raw = headers.get(HttpHeaders.AUTHORIZATION);
        if (raw == null || raw.isEmpty()) {
            return new Missing();
        }
        // With two headers the gateway and a service could each pick a different token. (Two
        // tokens in one header fail the character check below: a comma is not a token character.)
        if (raw.size() != 1) {
            return new Unusable();
        }
        String value = raw.getFirst();
        if (value.length() > MAX_HEADER_LENGTH || !value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return new Unusable();
        }
        String token = value.substring(SCHEME.length());
        return TOKEN.matcher(token).matches() ? new Offered(token) : new Unusable();
    }
}
