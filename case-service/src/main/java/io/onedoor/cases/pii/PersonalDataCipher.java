package io.onedoor.cases.pii;

import io.onedoor.support.tenancy.CurrentTenant;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Seals personal data (ID and phone numbers) for storage with AES-256-GCM: a fresh random IV per
 * value, so equal numbers never look equal at rest. The tenant is bound into each value as
 * associated data, so a sealed value copied into another tenant's schema does not open there.
 *
 * <p>Stored form: {@code v1:} + base64(IV || ciphertext || tag). The version prefix leaves room
 * for key rotation.
 */
@Component
public class PersonalDataCipher {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    PersonalDataCipher(PiiProperties properties) {
        this.key = new SecretKeySpec(properties.keyBytes(), "AES");
    }

    public String seal(String plain) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                                    .put(iv)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal personal data", e);
        }
    }

    public String open(String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("personal data is not in a known sealed form");
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, IV_BYTES));
            byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // Wrong key, tampered value, or a value sealed for another tenant.
            throw new IllegalStateException("could not open sealed personal data", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(("onedoor-tenant:" + CurrentTenant.require().value()).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
