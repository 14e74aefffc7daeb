package io.onedoor.tenants.security;

import io.onedoor.support.access.BoundedBearerTokenResolver;
import io.onedoor.support.access.ProblemAccessDeniedHandler;
import io.onedoor.support.access.ProblemAuthenticationEntryPoint;
import io.onedoor.tenants.TokenProperties;
import io.onedoor.tenants.keys.SigningKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/** The filter chains of the API, the internal API and the probes, and how tokens are verified. */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    /**
     * Verifies tokens with the keys this service publishes, read in-process rather than over HTTP
     * from itself: RS256 only (so {@code alg: none} and HMAC tokens never verify), this issuer, and
     * a lifetime checked with the platform's clock skew.
     */
    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, TokenProperties tokens) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys.publishedKeys())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(tokens.clockSkew()), new JwtIssuerValidator(tokens.issuer())));
        return decoder;
    }

    /**
     * The API and the internal API: stateless, a verified bearer token on every request, problems
     * for 401 and 403.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiFilterChain(
            HttpSecurity http,
            JwtDecoder decoder,
            ProblemAuthenticationEntryPoint entryPoint,
            ProblemAccessDeniedHandler deniedHandler)
            throws Exception {
        // The internal API takes service tokens, verified like every token; which service may call
        // which operation the interceptor reads from internal.yaml.
        http.securityMatcher("/api/**", "/internal/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(new BoundedBearerTokenResolver())
                        .jwt(jwt -> jwt.decoder(decoder))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(deniedHandler))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable);
        return http.build();
    }

    /** The health probes, which the orchestrator sends without a token. */
    @Bean
    @Order(3)
    SecurityFilterChain probeFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/health", "/actuator/health/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
