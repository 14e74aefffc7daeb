package io.onedoor.gateway.body;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How large a request body the gateway forwards.
 *
 * @param defaultMax every route without its own limit
 * @param routes larger (or smaller) limits by route id, for routes that take uploads
 */
@Validated
@ConfigurationProperties("onedoor.gateway.body-limit")
record BodyLimitProperties(
        @NotNull DataSize defaultMax, @DefaultValue Map<String, DataSize> routes) {

    BodyLimitProperties {
        routes = Map.copyOf(routes);
    }

    long maxBytes(String routeId) {
        return routes.getOrDefault(routeId, defaultMax).toBytes();
    }
}
