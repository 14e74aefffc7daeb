package io.onedoor.tenants.configuration;

import io.onedoor.api.internal.TenantConfigurationsApi;
import io.onedoor.api.internal.model.ConfigurationSnapshot;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** case-service's way to the snapshot when Redis does not have it; answering also re-caches it. */
@RestController
class SnapshotController implements TenantConfigurationsApi {

    private final ConfigurationSnapshots snapshots;

    SnapshotController(ConfigurationSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public ResponseEntity<ConfigurationSnapshot> getConfigurationSnapshot(String tenant, @Nullable String ifNoneMatch) {
        ConfigurationSnapshot snapshot = snapshots.recache(TenantConfigurations.tenantCode(tenant));
        if (snapshot.getEtag().equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(snapshot.getEtag())
                    .build();
        }
        return ResponseEntity.ok().eTag(snapshot.getEtag()).body(snapshot);
    }
}
