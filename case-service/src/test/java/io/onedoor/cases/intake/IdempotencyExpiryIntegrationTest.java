package io.onedoor.cases.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseApi.Response;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.Requests;
import io.onedoor.support.tenancy.TenantCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Idempotency-Keys are remembered for their time to live (the default 24 hours here) and then
 * forgotten: at once for intake, and by the sweep, batch by batch, from every tenant's schema.
 * Records are aged by moving their creation time back in the database, as time would.
 */
@CaseServiceTest
// Batches of two, so that a sweep of a few records takes several.
@TestPropertySource(properties = "onedoor.case.idempotency.batch-size=2")
class IdempotencyExpiryIntegrationTest {

    @Autowired
    CaseApi api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    IdempotencySweep sweep;

    @Test
    void aLiveKeyAnswersTheFirstRegistrationAndAnExpiredOneRegistersAnew() {
        TenantCode altay = api.onboard("expiry", "654301");
        Map<String, Object> body = Requests.machineryRent("expiry");
        String first = api.register(altay, body, "walkin-expiry-0001")
                .body()
                .path("id")
                .asString();

        Response replay = api.register(altay, body, "walkin-expiry-0001");
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body().path("id").asString()).isEqualTo(first);

        age(altay, "walkin-expiry-0001", "24 hours 1 second");
        Response afterExpiry = api.register(altay, body, "walkin-expiry-0001");
        assertThat(afterExpiry.status()).isEqualTo(201);
        String second = afterExpiry.body().path("id").asString();
        assertThat(second).isNotEqualTo(first);

        Response replayOfTheNewOne = api.register(altay, body, "walkin-expiry-0001");
        assertThat(replayOfTheNewOne.status()).isEqualTo(200);
        assertThat(replayOfTheNewOne.body().path("id").asString()).isEqualTo(second);
        assertThat(api.list(altay, "").body().path("items")).hasSize(2);
    }

    @Test
    void anExpiredKeyMayBeUsedWithAnotherRequestWhileALiveOneMayNot() {
        TenantCode altay = api.onboard("expiry-other", "654301");
        api.register(altay, Requests.machineryRent("first use"), "walkin-expiry-0002");

        assertThat(api.register(altay, Requests.machineryRent("other"), "walkin-expiry-0002")
                        .status())
                .isEqualTo(422);
        age(altay, "walkin-expiry-0002", "25 hours");
        assertThat(api.register(altay, Requests.machineryRent("other"), "walkin-expiry-0002")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aSweepDeletesExpiredRecordsOfEveryTenantInBatchesAndKeepsFreshOnesAndTheMatters() {
        TenantCode first = api.onboard("sweep-a", "654301");
        TenantCode second = api.onboard("sweep-b", "654301");
        for (int i = 1; i <= 5; i++) {
            api.register(first, Requests.machineryRent("old " + i), "sweep-old-000" + i);
            age(first, "sweep-old-000" + i, "3 days");
        }
        api.register(first, Requests.machineryRent("fresh"), "sweep-fresh-0001");
        api.register(second, Requests.machineryRent("old"), "sweep-old-0001");
        age(second, "sweep-old-0001", "24 hours 1 second");
        api.register(second, Requests.machineryRent("almost"), "sweep-almost-0001");
        age(second, "sweep-almost-0001", "23 hours 59 minutes");

        assertThat(sweep.sweep()).isGreaterThanOrEqualTo(6);

        assertThat(keys(first)).containsExactly("sweep-fresh-0001");
        assertThat(keys(second)).containsExactly("sweep-almost-0001");
        assertThat(api.list(first, "").body().path("items")).hasSize(6);
        assertThat(api.list(second, "").body().path("items")).hasSize(2);
    }

    @Test
    void aReplicaSkipsTheSweepWhileAnotherHoldsTheLock() throws Exception {
        TenantCode altay = api.onboard("sweep-lock", "654301");
        api.register(altay, Requests.machineryRent("old"), "sweep-lock-0001");
        age(altay, "sweep-lock-0001", "2 days");

        try (Connection otherReplica = dataSource.getConnection()) {
            assertThat(advisory(otherReplica, "select pg_try_advisory_lock(?)")).isTrue();
            assertThat(sweep.sweep()).isEqualTo(-1);
            assertThat(keys(altay)).containsExactly("sweep-lock-0001");
            assertThat(advisory(otherReplica, "select pg_advisory_unlock(?)")).isTrue();
        }

        assertThat(sweep.sweep()).isGreaterThanOrEqualTo(1);
        assertThat(keys(altay)).isEmpty();
    }

    private void age(TenantCode tenant, String key, String by) {
        int aged = jdbc.update(
                "update " + tenant.quotedSchemaName()
                        + ".idempotency_record set created_at = created_at - cast(? as interval)"
                        + " where idempotency_key = ?",
                by,
                key);
        assertThat(aged).as("records of key %s", key).isEqualTo(1);
    }

    private List<String> keys(TenantCode tenant) {
        return jdbc.queryForList(
                "select idempotency_key from " + tenant.quotedSchemaName()
                        + ".idempotency_record order by idempotency_key",
                String.class);
    }

    private static boolean advisory(Connection connection, String sql) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, IdempotencySweep.LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
