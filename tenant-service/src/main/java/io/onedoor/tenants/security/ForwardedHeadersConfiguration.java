package io.onedoor.tenants.security;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Forwarded headers from the gateway only ({@link TrustedForwardedHeaders}), before anything reads the request. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrustedProxiesProperties.class)
class ForwardedHeadersConfiguration {

    @Bean
    FilterRegistrationBean<TrustedForwardedHeaders> trustedForwardedHeaders(TrustedProxiesProperties properties) {
        var registration = new FilterRegistrationBean<>(new TrustedForwardedHeaders(properties));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }
}
