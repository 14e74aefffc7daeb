package io.onedoor.tenants.registry;

import io.onedoor.support.tenancy.TenantCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The position in a list of tenants ordered by code: the last code of the previous page. Opaque to
 * clients (a prefix and base64url), so its format can change without breaking them.
 */
record TenantCursor(TenantCode after) {

    private static final String PREFIX = "t1:";

    String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + after.value()).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor, or empty for anything this service did not issue. */
    static Optional<TenantCursor> decode(String cursor) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return TenantCode.parse(text.substring(PREFIX.length())).map(TenantCursor::new);
    }
}
