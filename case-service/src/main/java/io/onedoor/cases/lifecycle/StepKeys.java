package io.onedoor.cases.lifecycle;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.onedoor.cases.intake.IdempotencyKey;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Idempotency-Key of a step with the fingerprint of the request it came with: the step, the
 * matter (and assignment) it acts on, and its body as canonical JSON, so spacing and field order do
 * not matter and the same key on another step or matter is told apart.
 */
@Component
public class StepKeys {

    private final JsonMapper canonical;

    StepKeys(JsonMapper json) {
        // Nulls written too, whatever the answers leave out: a fingerprint must not change when
        // the answers' JSON settings do.
        this.canonical = json.rebuild()
                .changeDefaultPropertyInclusion(inclusion ->
                        JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
                .build();
    }

    /** The key with the request's fingerprint; null without a key. */
    public @Nullable IdempotencyKey of(@Nullable String key, String step, List<Object> target, Object body) {
        if (key == null) {
            return null;
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(canonical.writeValueAsBytes(List.of(step, target, body)));
            return new IdempotencyKey(key, HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
