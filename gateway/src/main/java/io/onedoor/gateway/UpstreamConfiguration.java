package io.onedoor.gateway;

import java.net.InetSocketAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The address the gateway's forwarded requests leave from. The services believe forwarded headers
 * only from the gateway's addresses (ONEDOOR_GATEWAY_ADDRESSES); where the gateway shares a host
 * with other callers, as on one machine where everything is 127.0.0.1, a source address of its own
 * (127.0.0.2) is what tells the gateway from anyone else sending the same headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UpstreamConfiguration.UpstreamProperties.class)
class UpstreamConfiguration {

    /**
     * @param sourceAddress the local address forwarded requests are sent from (env
     *     ONEDOOR_GATEWAY_SOURCE_ADDRESS); unset: the operating system chooses
     */
    @ConfigurationProperties("onedoor.gateway.upstream")
    record UpstreamProperties(@Nullable String sourceAddress) {}

    @Bean
    HttpClientCustomizer upstreamSourceAddress(UpstreamProperties properties) {
        String source = properties.sourceAddress();
        if (source == null || source.isBlank()) {
            return http -> http;
        }
        return http -> http.bindAddress(() -> new InetSocketAddress(source.strip(), 0));
    }
}
