package io.onedoor.cases.tenancy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How case-service migrates tenant schemas at startup.
 *
 * @param parallelism how many tenants migrate at once; each migration holds up to two pooled
 *     connections, so keep it well below half the pool size
 */
@ConfigurationProperties("onedoor.case.schema-migrations")
@Validated
public record SchemaMigrationProperties(
        @DefaultValue("4") @Min(1) @Max(32) int parallelism) {}
