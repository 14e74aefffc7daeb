package io.onedoor.tenants.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(RateLimitConfiguration.RateLimitProperties.class)
class RateLimitConfiguration {

    /**
     * @param refreshInterval how often every tenant's limit is re-written to Redis, repairing what a
     *     failed write or a flushed Redis left behind
     */
    @ConfigurationProperties("onedoor.rate-limits")
    record RateLimitProperties(@DefaultValue("30s") Duration refreshInterval) {

        RateLimitProperties {
            if (refreshInterval.isNegative() || refreshInterval.isZero()) {
                throw new IllegalStateException("onedoor.rate-limits.refresh-interval must be positive");
            }
        }
    }
}
