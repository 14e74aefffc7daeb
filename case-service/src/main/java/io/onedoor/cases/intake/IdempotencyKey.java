package io.onedoor.cases.intake;

import java.util.regex.Pattern;

/**
 * A client's Idempotency-Key with the fingerprint (SHA-256, hex) of the request it came with.
 * Keys are per tenant: they are stored in the tenant's schema.
 */
public record IdempotencyKey(String key, String requestHash) {

    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9._:-]{8,128}$");
    private static final Pattern HASH = Pattern.compile("^[0-9a-f]{64}$");

    public IdempotencyKey {
        if (!KEY.matcher(key).matches() || !HASH.matcher(requestHash).matches()) {
            throw new IllegalArgumentException("malformed idempotency key or request hash");
        }
    }
}
