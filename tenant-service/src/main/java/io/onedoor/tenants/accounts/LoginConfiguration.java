package io.onedoor.tenants.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * People log in with a form ({@link LoginPage}, in Chinese or English), which the authorization
 * endpoint sends them to; Spring Security checks what it posts. This chain comes last and takes
 * every request no other chain took.
 */
@Configuration(proxyBeanMethods = false)
class LoginConfiguration {

    /**
     * Spring's delegating encoder: new hashes are bcrypt (its current default; argon2 would need
     * BouncyCastle on the class path), stored with their {@code {id}} prefix so a later default can
     * take over without invalidating a single stored hash. Used for client secrets too.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(4)
    SecurityFilterChain loginFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/login", "/default-ui.css", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll());
        return http.build();
    }
}
