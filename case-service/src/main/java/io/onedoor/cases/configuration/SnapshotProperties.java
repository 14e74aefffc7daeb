package io.onedoor.cases.configuration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long this replica keeps a center's configuration snapshot to itself.
 *
 * @param maxAge how long a snapshot is used before it is read again, in case a change message
 *     was missed (while Redis was unreachable, say)
 * @param maximumTenants how many tenants' snapshots are kept at most; the least used go first
 */
@ConfigurationProperties("onedoor.case.configuration-snapshots")
@Validated
public record SnapshotProperties(
        @DefaultValue("60s") Duration maxAge,
        @DefaultValue("5000") @Min(1) @Max(100_000) int maximumTenants) {

    public SnapshotProperties {
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("onedoor.case.configuration-snapshots.max-age must be positive");
        }
    }
}
