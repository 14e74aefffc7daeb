package io.onedoor.support.access;

import io.onedoor.support.web.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Enforces the spec's access rules in a servlet service that names its documents in
 * {@code onedoor.access.documents}, and offers problem-writing 401/403 handlers for its security
 * filter chain.
 */
@AutoConfiguration(after = io.onedoor.support.tenancy.TenancyAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken")
@EnableConfigurationProperties(AccessProperties.class)
public class AccessAutoConfiguration {

    @Bean
    ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(Problems problems) {
        return new ProblemAuthenticationEntryPoint(problems);
    }

    @Bean
    ProblemAccessDeniedHandler problemAccessDeniedHandler(Problems problems) {
        return new ProblemAccessDeniedHandler(problems);
    }

    @Bean
    @ConditionalOnProperty("onedoor.access.documents[0]")
    AccessPolicy accessPolicy(AccessProperties properties) {
        return AccessPolicy.fromClasspath(properties.documents().toArray(String[]::new));
    }

    @Bean
    @ConditionalOnProperty("onedoor.access.documents[0]")
    WebMvcConfigurer operationAccess(AccessPolicy policy, ObjectProvider<AccessFacts> facts, Problems problems) {
        var interceptor =
                new OperationAccessInterceptor(policy, facts.getIfAvailable(() -> AccessFacts.NONE), problems);
        var parameters = new DeclaredQueryParameters(policy, problems);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                // Who may call first: a caller who may not learns nothing of the parameters.
                registry.addInterceptor(interceptor);
                registry.addInterceptor(parameters);
            }
        };
    }
}
