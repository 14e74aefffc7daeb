package io.onedoor.tenants.accounts;

import java.time.Instant;
import java.util.Locale;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts as the login form sees them. A locked account is reported locked, so the password
 * is not even checked. The principal is Spring's own {@link User}, which the authorization server
 * can store with an authorization and read back.
 */
@Component
class LoginAccounts implements UserDetailsService {

    private final AccountRepository accounts;

    LoginAccounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Logins are stored in lower case; people type them as they like. */
    static String normalize(String login) {
        return login.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String login) {
        Account account = accounts.findByLogin(normalize(login))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(account.login())
                .password(account.passwordHash())
                .roles(account.roles().stream().map(Role::name).toArray(String[]::new))
                .disabled(account.isLockedByAdministrator())
                .accountLocked(account.isLockedOut(Instant.now()))
                .build();
    }
}
