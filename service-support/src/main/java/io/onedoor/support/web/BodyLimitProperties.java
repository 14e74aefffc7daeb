package io.onedoor.support.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How large a request body a service reads. The gateway limits bodies too; this holds for a
 * caller that reaches the service's port directly (a misrouted or internal caller).
 *
 * @param defaultMax every path without its own limit
 * @param paths larger or smaller limits for paths (Spring path patterns, e.g. {@code
 *     /api/v1/tenants/{tenant}/configuration-workbook}); the most specific matching pattern wins
 */
@Validated
@ConfigurationProperties("onedoor.web.body-limit")
public record BodyLimitProperties(
        @NotNull @DefaultValue("1MB") DataSize defaultMax,
        @DefaultValue List<@Valid PathLimit> paths) {

    public BodyLimitProperties {
        if (defaultMax.toBytes() <= 0) {
            throw new IllegalArgumentException("onedoor.web.body-limit.default-max must be positive");
        }
        paths = List.copyOf(paths);
    }

    /** One path pattern's limit. */
    public record PathLimit(
            @NotBlank String pattern, @NotNull DataSize max) {

        public PathLimit {
            if (max.toBytes() <= 0) {
                throw new IllegalArgumentException("the body limit of " + pattern + " must be positive");
            }
        }
    }
}
