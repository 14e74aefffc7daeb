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

/** The filter chains of the API and of the cluster-internal paths, and how tokens are verified. */
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

    /** The API: stateless, a verified bearer token on every request, problems for 401 and 403. */
    @Bean
    @Order(2)
    SecurityFilterChain apiFilterChain(
            HttpSecurity http,
            JwtDecoder decoder,
            ProblemAuthenticationEntryPoint entryPoint,
            ProblemAccessDeniedHandler deniedHandler)
            throws Exception {
        http.securityMatcher("/api/**")
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

    /**
     * Paths the gateway never routes, reachable only on the cluster network (a NetworkPolicy's
     * job), and the health probes.
     */
    @Bean
    @Order(3)
    SecurityFilterChain internalFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/internal/**", "/actuator/health", "/actuator/health/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
