package io.onedoor.cases.ledger;

import io.onedoor.cases.pii.KeyMaterial;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that signs list cursors.
 *
 * @param key base64 of 32 random bytes (HMAC-SHA256), from {@code ONEDOOR_CURSOR_KEY}; required
 */
@ConfigurationProperties("onedoor.cursor")
public record CursorProperties(@Nullable String key) {

    public CursorProperties {
        keyBytes(key);
    }

    byte[] keyBytes() {
        return keyBytes(key);
    }

    private static byte[] keyBytes(@Nullable String key) {
        return KeyMaterial.fromBase64(key, "onedoor.cursor.key", "ONEDOOR_CURSOR_KEY");
    }

    @Override
    public String toString() {
        return "CursorProperties[key=<secret>]";
    }
}
