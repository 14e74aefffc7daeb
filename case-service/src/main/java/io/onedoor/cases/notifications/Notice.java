package io.onedoor.cases.notifications;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a notification says, before it is addressed: its kind, a one-line title with no personal
 * data (matters by code, departments by code), and what it is about.
 *
 * @param warningKind the warning's kind (the spec's {@code WarningKind}) for a {@code WARNING}
 */
public record Notice(
        NotificationKind kind,
        String title,
        @Nullable UUID matterId,
        @Nullable String matterCode,
        @Nullable UUID supervisionId,
        @Nullable String warningKind) {

    /** Long enough for a matter code, a department code and a few words; the column holds 300. */
    public static final int MAX_TITLE = 300;

    public Notice {
        if (title.isBlank()) {
            throw new IllegalArgumentException("a notification has a title");
        }
        if (title.length() > MAX_TITLE) {
            title = title.substring(0, MAX_TITLE);
        }
    }
}
