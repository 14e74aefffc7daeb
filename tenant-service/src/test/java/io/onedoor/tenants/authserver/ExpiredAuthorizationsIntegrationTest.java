package io.onedoor.tenants.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.tenants.TenantServiceTest;
import io.onedoor.tenants.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@TenantServiceTest
class ExpiredAuthorizationsIntegrationTest {

    @Autowired
    Tokens tokens;

    @Autowired
    ExpiredAuthorizations expired;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void authorizationsWhoseTokensAllExpiredAreRemovedAndLiveOnesKept() {
        tokens.operator("340000");
        String live = tokens.clientCredentials(Tokens.operatorClientId("340000"), Tokens.OPERATOR_SECRET)
                .accessToken();
        String old = tokens.clientCredentials(Tokens.operatorClientId("340000"), Tokens.OPERATOR_SECRET)
                .accessToken();
        jdbc.update(
                "update platform.oauth2_authorization set access_token_expires_at = now() - interval '2 hours'"
                        + " where access_token_value = ?",
                old);

        assertThat(expired.purge()).isPositive();

        assertThat(count(old)).isZero();
        assertThat(count(live)).isEqualTo(1);
    }

    private int count(String token) {
        return jdbc.queryForObject(
                "select count(*) from platform.oauth2_authorization where access_token_value = ?",
                Integer.class,
                token);
    }
}
