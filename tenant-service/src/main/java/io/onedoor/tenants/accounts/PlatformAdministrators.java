package io.onedoor.tenants.accounts;

import io.onedoor.tenants.IdentityProperties;
import io.onedoor.tenants.IdentityProperties.PlatformAdmin;
import io.onedoor.tenants.audit.AuditEntry;
import io.onedoor.tenants.audit.AuditLog;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the configured platform administrator at startup, or gives them the configured password
 * again when it changed (how a forgotten password is recovered: change the secret, restart). An
 * administrator that already matches is left alone, so starting again changes and audits nothing.
 * A lock an administrator was put under stays: the configuration does not lift it.
 */
@Component
class PlatformAdministrators implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PlatformAdministrators.class);

    private static final long BOOTSTRAP_LOCK = 0x706c6174666f726dL;

    private final PlatformAdmin configured;
    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    PlatformAdministrators(
            IdentityProperties identity,
            AccountRepository accounts,
            PasswordEncoder passwords,
            AuditLog audit,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.configured = identity.bootstrap().platformAdmin();
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!configured.configured()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            // Replicas starting together must not both insert the administrator.
            jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, BOOTSTRAP_LOCK);
            apply();
        });
    }

    private void apply() {
        String username = Objects.requireNonNull(configured.username()).strip();
        String password = Objects.requireNonNull(configured.password());
        String login = username + "@" + Account.PLATFORM;
        Account existing = accounts.findByLogin(login).orElse(null);
        if (existing == null) {
            Account created = Account.platformAdministrator(
                    username, configured.displayName(), passwords.encode(password), Instant.now());
            accounts.saveAndFlush(created);
            audit.record(AuditEntry.of(
                            "platform-admin.bootstrapped",
                            null,
                            null,
                            created.id().toString())
                    .after(created.auditState()));
            log.info("platform administrator {} created", login);
            return;
        }
        if (!passwords.matches(password, existing.passwordHash())) {
            existing.changePasswordHash(passwords.encode(password));
            accounts.saveAndFlush(existing);
            audit.record(AuditEntry.of(
                            "platform-admin.password-set",
                            null,
                            null,
                            existing.id().toString())
                    .after(Map.of("login", login)));
            log.info("platform administrator {} given the configured password", login);
        }
    }
}
