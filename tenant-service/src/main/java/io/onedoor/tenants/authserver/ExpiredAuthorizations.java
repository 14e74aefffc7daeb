package io.onedoor.tenants.authserver;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes authorizations whose every code and token expired a while ago. The authorization server
 * keeps one row per token issued (a client-credentials token included) and never removes them,
 * so without this the table would grow with every request for a token.
 */
@Component
class ExpiredAuthorizations {

    private static final Logger log = LoggerFactory.getLogger(ExpiredAuthorizations.class);

    /** Kept a while after expiry, so a late refresh or introspection is told "invalid", not "unknown". */
    static final Duration KEPT_AFTER_EXPIRY = Duration.ofHours(1);

    private final JdbcTemplate jdbc;

    ExpiredAuthorizations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    int purge() {
        // greatest() skips nulls; a row with no expiry at all (a pending consent) is kept.
        int removed = jdbc.update("""
                delete from platform.oauth2_authorization
                where greatest(authorization_code_expires_at, access_token_expires_at, refresh_token_expires_at,
                               oidc_id_token_expires_at, device_code_expires_at, user_code_expires_at)
                      < now() - make_interval(secs => ?)""", KEPT_AFTER_EXPIRY.toSeconds());
        if (removed > 0) {
            log.info("removed {} expired authorizations", removed);
        }
        return removed;
    }
}
