package io.onedoor.cases.ledger;

import io.onedoor.support.tenancy.TenantCode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Turns a position in a tenant's ledger into an opaque cursor and back. The cursor is signed
 * over its content and the tenant, so a cursor altered by the caller, or one issued for another
 * tenant, is refused instead of being read.
 *
 * <p>Form: base64url({@code v1|<epoch micros>|<uuid>}) + "." + base64url(HMAC-SHA256(tenant |
 * content)).
 */
@Component
class LedgerCursors {

    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    LedgerCursors(CursorProperties properties) {
        this.key = new SecretKeySpec(properties.keyBytes(), "HmacSHA256");
    }

    String encode(TenantCode tenant, Position position) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, position.registeredAt());
        String content = VERSION + "|" + micros + "|" + position.id();
        return ENCODER.encodeToString(content.getBytes(StandardCharsets.US_ASCII)) + "."
                + ENCODER.encodeToString(signature(tenant, content));
    }

    Position decode(TenantCode tenant, String cursor) {
        try {
            int dot = cursor.indexOf('.');
            if (dot < 0) {
                throw refused();
            }
            String content = new String(DECODER.decode(cursor.substring(0, dot)), StandardCharsets.US_ASCII);
            byte[] signature = DECODER.decode(cursor.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, signature(tenant, content))) {
                throw refused();
            }
            String[] parts = content.split("\\|", -1);
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                throw refused();
            }
            Instant at = Instant.EPOCH.plus(Long.parseLong(parts[1]), ChronoUnit.MICROS);
            return new Position(at, UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | ArithmeticException e) {
            // Not base64, not a number, not a UUID: malformed.
            throw refused();
        }
    }

    private byte[] signature(TenantCode tenant, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal((tenant.value() + "|" + content).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static InvalidCursorException refused() {
        return new InvalidCursorException();
    }

    /** Where a page ends: the last matter shown, in ledger order (newest first). */
    record Position(Instant registeredAt, UUID id) {}
}
