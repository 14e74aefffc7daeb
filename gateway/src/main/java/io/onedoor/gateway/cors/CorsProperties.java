package io.onedoor.gateway.cors;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which web origins may call the API from a browser: the console's, nothing else.
 *
 * @param allowedOrigins exact origins (scheme, host, port), e.g. {@code https://console.example.cn}
 * @param maxAge how long a browser may keep a preflight answer
 */
@ConfigurationProperties("onedoor.gateway.cors")
record CorsProperties(
        @DefaultValue List<String> allowedOrigins,
        @DefaultValue("1h") Duration maxAge) {

    CorsProperties {
        for (String origin : allowedOrigins) {
            if (origin.equals("*") || origin.contains("*")) {
                throw new IllegalArgumentException(
                        "onedoor.gateway.cors.allowed-origins must list exact origins, not patterns: " + origin);
            }
        }
        allowedOrigins = List.copyOf(allowedOrigins);
    }
}
