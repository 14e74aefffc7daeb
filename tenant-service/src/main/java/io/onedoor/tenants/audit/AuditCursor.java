package io.onedoor.tenants.audit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The position in an audit list, newest first: the id of the last event of the previous page. */
record AuditCursor(long before) {

    private static final String PREFIX = "a1:";

    String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + before).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor, or empty for anything this service did not issue. */
    static Optional<AuditCursor> decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX)) {
                return Optional.empty();
            }
            long id = Long.parseLong(text.substring(PREFIX.length()));
            return id > 0 ? Optional.of(new AuditCursor(id)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
