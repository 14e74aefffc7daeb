package io.onedoor.cases.security;

import io.onedoor.support.access.BoundedBearerTokenResolver;
import io.onedoor.support.access.ProblemAccessDeniedHandler;
import io.onedoor.support.access.ProblemAuthenticationEntryPoint;
import io.onedoor.support.access.RememberingJwtDecoder;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.web.client.RestTemplate;

/**
 * One stateless filter chain. {@code /api/**} and {@code /internal/**} need a verified access
 * token; which token may call which operation is then decided by service-support's interceptor
 * from the operation's {@code x-onedoor-access} in the bundled API documents ({@code onedoor.access.documents}), and which
 * matters it may see by the domain ({@code MatterReach}). Everything not named here is denied.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            JwtDecoder jwtDecoder,
            ProblemAuthenticationEntryPoint entryPoint,
            ProblemAccessDeniedHandler deniedHandler) {
        http.authorizeHttpRequests(requests -> requests
                        // The container's error dispatch renders the answer to a request this
                        // chain has already judged; judging it again would turn a 400 into a 401.
                        .dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        // The internal API takes service tokens only; which service may call which
                        // operation the interceptor reads from internal.yaml (docs/security.md).
                        .requestMatchers("/api/**", "/internal/**")
                        .authenticated()
                        // Probes come from the orchestrator, without a token.
                        .requestMatchers("/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(new BoundedBearerTokenResolver())
                        .jwt(jwt -> jwt.decoder(jwtDecoder))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(deniedHandler))
                // Early (the metadata filter sits just before token authentication), yet after
                // the security headers are set.
                .addFilterAfter(new ResourceMetadataRefusal(entryPoint), HeaderWriterFilter.class)
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
                // Every request carries its token: no session, so no session to ride with a
                // forged cross-site request either, and CSRF protection has nothing to protect.
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
        return http.build();
    }

    /**
     * No observation (a timer and a span) per security filter per request: with no tracing backend
     * they only cost, about a tenth of the CPU of a registration in the profile. The HTTP server's
     * own observation still times every request.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Verifies RS256 signatures only (no {@code alg: none}, no HMAC with a public key as secret)
     * with the keys the issuer publishes. An unknown key id makes the decoder fetch the key set
     * again, so a key the issuer publishes before signing with it is accepted without a restart.
     * Tokens that verified are remembered until they expire ({@link RememberingJwtDecoder}).
     */
    @Bean
    JwtDecoder jwtDecoder(TokenProperties properties) {
        var requests = new SimpleClientHttpRequestFactory();
        // A stalled issuer must not hold request threads: the key set is small and close by.
        requests.setConnectTimeout(Duration.ofSeconds(2));
        requests.setReadTimeout(Duration.ofSeconds(5));
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .restOperations(new RestTemplate(requests))
                .build();
        var timestamps = new JwtTimestampValidator(properties.clockSkew());
        // The platform's tokens always expire; one that does not is not one of them.
        timestamps.setAllowEmptyExpiryClaim(false);
        List<OAuth2TokenValidator<Jwt>> validators = List.of(timestamps, new JwtIssuerValidator(properties.issuer()));
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(validators));
        // At most as long as the decoder keeps the issuer's key set, so a withdrawn key is refused
        // no later than it would be without the memory.
        return new RememberingJwtDecoder(decoder, properties.clockSkew(), Duration.ofMinutes(5), 20_000);
    }
}
