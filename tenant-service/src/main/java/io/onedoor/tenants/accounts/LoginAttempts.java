package io.onedoor.tenants.accounts;

import io.onedoor.tenants.IdentityProperties;
import io.onedoor.tenants.audit.AuditEntry;
import io.onedoor.tenants.audit.AuditLog;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed logins in a row in the database, where every replica sees the same count, and
 * locks the account out for a while once they reach the limit. A successful login resets the
 * count. While locked out the password is not checked, so attempts then do not count.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(
            JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditLog audit, IdentityProperties identity) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.audit = audit;
        this.maxFailures = identity.lockout().maxFailures();
        this.lockout = identity.lockout().duration();
    }

    private record Counted(String id, String tenant, String province, boolean lockedOut) {}

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt)) {
            return;
        }
        String login = LoginAccounts.normalize(attempt.getName());
        Instant until = Instant.now().plus(lockout);
        transaction.executeWithoutResult(status -> {
            // One statement, so concurrent attempts cannot both read the same count.
            List<Counted> counted = jdbc.query(
                    """
                    update platform.account set
                        failed_attempts = case when failed_attempts + 1 >= ? then 0 else failed_attempts + 1 end,
                        locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end
                    where login = ?
                    returning id, tenant_code, province_code, failed_attempts = 0 as locked_out""",
                    (rs, row) -> new Counted(
                            rs.getString("id"),
                            rs.getString("tenant_code"),
                            rs.getString("province_code"),
                            rs.getBoolean("locked_out")),
                    maxFailures,
                    maxFailures,
                    Timestamp.from(until),
                    login);
            for (Counted account : counted) {
                if (account.lockedOut()) {
                    log.warn("account {} locked out after {} failed logins", account.id(), maxFailures);
                    audit.record(AuditEntry.of("account.locked-out", account.tenant(), account.province(), account.id())
                            .after(Map.of("login", login, "lockedUntil", until.toString())));
                }
            }
        });
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken login)) {
            return;
        }
        jdbc.update("""
                update platform.account set failed_attempts = 0, locked_until = null
                where login = ? and (failed_attempts <> 0 or locked_until is not null)""", LoginAccounts.normalize(login.getName()));
    }
}
