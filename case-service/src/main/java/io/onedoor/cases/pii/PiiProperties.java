package io.onedoor.cases.pii;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that seals personal data at rest.
 *
 * @param key base64 of 32 random bytes (AES-256), from {@code ONEDOOR_PII_KEY}; required
 */
@ConfigurationProperties("onedoor.pii")
public record PiiProperties(@Nullable String key) {

    public PiiProperties {
        keyBytes(key);
    }

    byte[] keyBytes() {
        return keyBytes(key);
    }

    private static byte[] keyBytes(@Nullable String key) {
        return KeyMaterial.fromBase64(key, "onedoor.pii.key", "ONEDOOR_PII_KEY");
    }

    @Override
    public String toString() {
        return "PiiProperties[key=<secret>]";
    }
}
