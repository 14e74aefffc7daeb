package io.onedoor.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services' JSON converter: Boot's JSON mapper, reading request bodies as
 * {@link RequestBodyConverter} does. Boot's own Jackson converter steps aside for it.
 */
@AutoConfiguration(
        beforeName = "org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration",
        afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class RequestBodyAutoConfiguration {

    @Bean
    RequestBodyConverter requestBodyConverter(JsonMapper json) {
        return new RequestBodyConverter(json);
    }
}
