package io.onedoor.cases.pii;

import java.util.Base64;
import org.jspecify.annotations.Nullable;

/** A 32-byte secret given as base64 in configuration; a missing or malformed one stops startup. */
public final class KeyMaterial {

    private KeyMaterial() {}

    public static byte[] fromBase64(@Nullable String base64, String property, String variable) {
        String hint = property + " (env " + variable + ") must be base64 of 32 random bytes,"
                + " e.g. the output of `openssl rand -base64 32`";
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(property + " is not set; " + hint);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not base64; " + hint);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(property + " has " + bytes.length + " bytes; " + hint);
        }
        return bytes;
    }
}
