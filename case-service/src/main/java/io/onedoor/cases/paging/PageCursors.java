package io.onedoor.cases.paging;

import io.onedoor.cases.ledger.CursorProperties;
import io.onedoor.cases.ledger.InvalidCursorException;
import io.onedoor.cases.pii.KeyMaterial;
import io.onedoor.support.tenancy.TenantCode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Turns where a page of a list ends into an opaque cursor and back, as the ledger does
 * ({@code LedgerCursors}) and with its key ({@code onedoor.cursor.key}): the cursor is signed over
 * its content, the list's name and the tenant, so one altered by the caller, issued for another
 * tenant or for another list is refused (a 400 naming {@code cursor}) instead of being read.
 *
 * <p>Form: base64url({@code <list>|<part>|<part>...}) + "." + base64url(HMAC-SHA256(tenant |
 * content)). Parts are the list's keyset values, written by the list itself; none holds a {@code
 * |} or personal data.
 */
@Component
public class PageCursors {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    PageCursors(CursorProperties properties) {
        this.key = new SecretKeySpec(
                KeyMaterial.fromBase64(properties.key(), "onedoor.cursor.key", "ONEDOOR_CURSOR_KEY"), "HmacSHA256");
    }

    /** The cursor after a row of the list, given by its keyset values. */
    public String encode(TenantCode tenant, String list, String... parts) {
        for (String part : parts) {
            if (part.indexOf('|') >= 0) {
                throw new IllegalArgumentException("a cursor part holds no '|'");
            }
        }
        String content = list + "|" + String.join("|", parts);
        return ENCODER.encodeToString(content.getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(signature(tenant, content));
    }

    /**
     * The keyset values of a cursor this tenant's list issued, exactly {@code parts} of them;
     * throws {@link InvalidCursorException} for anything else. The caller parses each part and
     * treats a part it cannot parse as an invalid cursor too.
     */
    public List<String> decode(TenantCode tenant, String list, String cursor, int parts) {
        try {
            int dot = cursor.indexOf('.');
            if (dot < 0) {
                throw new InvalidCursorException();
            }
            String content = new String(DECODER.decode(cursor.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] signature = DECODER.decode(cursor.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, signature(tenant, content))) {
                throw new InvalidCursorException();
            }
            String[] split = content.split("\\|", -1);
            if (split.length != parts + 1 || !list.equals(split[0])) {
                throw new InvalidCursorException();
            }
            return List.of(Arrays.copyOfRange(split, 1, split.length));
        } catch (IllegalArgumentException e) {
            // Not base64.
            throw new InvalidCursorException();
        }
    }

    private byte[] signature(TenantCode tenant, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal((tenant.value() + "|" + content).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
