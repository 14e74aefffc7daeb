package io.onedoor.tenants.clients;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An integrator client as its issuer manages it: whose it is, what it may do, and whether it is
 * still valid. Its credentials live with the authorization server's registered client.
 */
@Entity
@Table(schema = "platform", name = "integrator_client")
class IntegratorClient {

    @Id
    private String clientId;

    private String name;

    private @Nullable String tenantCode;

    private String provinceCode;

    private String scopes;

    private Instant createdAt;

    private @Nullable Instant secretRotatedAt;

    private @Nullable Instant revokedAt;

    @Version
    private @Nullable Long version;

    protected IntegratorClient() {
        this.clientId = "";
        this.name = "";
        this.provinceCode = "";
        this.scopes = "";
        this.createdAt = Instant.EPOCH;
    }

    IntegratorClient(
            String clientId,
            String name,
            @Nullable String tenantCode,
            String provinceCode,
            List<String> scopes,
            Instant now) {
        this.clientId = clientId;
        this.name = name;
        this.tenantCode = tenantCode;
        this.provinceCode = provinceCode;
        this.scopes = String.join(" ", scopes);
        this.createdAt = now;
    }

    void secretRotated(Instant now) {
        secretRotatedAt = now;
    }

    void revoke(Instant now) {
        revokedAt = now;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    /** The client as the audit log shows it: never its secret. */
    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("clientId", clientId);
        state.put("name", name);
        state.put("scopes", scopes());
        if (secretRotatedAt != null) {
            state.put("secretRotatedAt", secretRotatedAt.toString());
        }
        if (revokedAt != null) {
            state.put("revokedAt", revokedAt.toString());
        }
        return state;
    }

    String clientId() {
        return clientId;
    }

    String name() {
        return name;
    }

    @Nullable
    String tenantCode() {
        return tenantCode;
    }

    String provinceCode() {
        return provinceCode;
    }

    List<String> scopes() {
        return scopes.isBlank() ? List.of() : Arrays.asList(scopes.split(" "));
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant secretRotatedAt() {
        return secretRotatedAt;
    }
}
