package io.onedoor.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services' JSON converter: Boot's JSON mapper, reading request bodies as
 * {@link RequestBodyConverter} does. It takes the JSON converter's place among the server's
 * converters (after Boot's customizer, which would put its own there), so strings and the
 * other types keep their converters.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class RequestBodyAutoConfiguration {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer requestBodyConverter(JsonMapper json) {
        return converters -> converters.withJsonConverter(new RequestBodyConverter(json));
    }
}
