package io.onedoor.tenants.keys;

import io.onedoor.api.internal.SigningKeysApi;
import io.onedoor.api.internal.model.SigningKeyRotation;
import java.util.ArrayList;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Rotation on demand, for operations staff inside the cluster (the schedule rotates anyway). */
@RestController
class SigningKeysController implements SigningKeysApi {

    private final SigningKeys keys;

    SigningKeysController(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public ResponseEntity<SigningKeyRotation> rotateSigningKey() {
        SigningKeys.Rotation rotation = keys.rotate();
        return ResponseEntity.ok(
                new SigningKeyRotation(rotation.signingKeyId(), new ArrayList<>(rotation.publishedKeyIds())));
    }
}
