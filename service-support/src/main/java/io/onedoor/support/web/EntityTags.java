package io.onedoor.support.web;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The platform's ETags: a resource's version as a strong tag ({@code "3"}), and the If-Match test
 * every versioned write runs before it changes anything.
 */
public final class EntityTags {

    private EntityTags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** If-Match holds when absent, {@code *}, or listing the current tag (weak or strong). */
    public static boolean matches(@Nullable String ifMatch, long version) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return true;
        }
        String current = of(version);
        return Arrays.stream(ifMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
    }
}
