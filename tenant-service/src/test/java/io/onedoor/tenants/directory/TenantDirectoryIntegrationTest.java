package io.onedoor.tenants.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.tenancy.TenantDirectoryEntry;
import io.onedoor.support.tenancy.TenantDirectoryEntry.Status;
import io.onedoor.tenants.OperatorApi;
import io.onedoor.tenants.OperatorApi.Answer;
import io.onedoor.tenants.Registry;
import io.onedoor.tenants.TenantLevel;
import io.onedoor.tenants.TenantServiceTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The entries the gateway reads from Redis, and the internal look-up it falls back on. */
@TenantServiceTest
class TenantDirectoryIntegrationTest {

    @Autowired
    OperatorApi api;

    @Autowired
    Registry registry;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    DirectoryReconciler reconciler;

    @Autowired
    TenantDirectory directory;

    @Test
    void reconcilerRepairsLostAndNegativeEntries() {
        registry.existing("sc-chengdu", "510100", TenantLevel.CITY, "510000", "ACTIVE");
        registry.existing("sc-mianyang", "510700", TenantLevel.CITY, "510000", "SUSPENDED");
        // The gateway cached "unknown" before the tenant existed; the other entry was never written.
        redis.opsForValue().set(key("sc-chengdu"), TenantDirectoryEntry.UNKNOWN_MARKER, Duration.ofSeconds(30));
        redis.delete(key("sc-mianyang"));

        reconciler.reconcile();

        assertThat(redis.opsForValue().get(key("sc-chengdu")))
                .isEqualTo("{\"code\":\"sc-chengdu\",\"status\":\"ACTIVE\",\"version\":0}");
        assertThat(redis.getExpire(key("sc-chengdu"))).isEqualTo(-1L);
        assertThat(redis.opsForValue().get(key("sc-mianyang"))).contains("\"status\":\"SUSPENDED\"");
    }

    @Test
    void olderEntryNeverReplacesNewerOne() {
        directory.write(new TenantDirectoryEntry("sc-leshan", Status.SUSPENDED, 5));

        directory.writeAll(List.of(new TenantDirectoryEntry("sc-leshan", Status.ACTIVE, 4)));
        assertThat(redis.opsForValue().get(key("sc-leshan"))).contains("\"status\":\"SUSPENDED\"");

        directory.write(new TenantDirectoryEntry("sc-leshan", Status.ACTIVE, 6));
        assertThat(redis.opsForValue().get(key("sc-leshan"))).contains("\"status\":\"ACTIVE\"");
    }

    @Test
    void internalLookUpAnswersTheEntryOrNotFound() {
        registry.existing("sc-yibin", "511500", TenantLevel.CITY, "510000", "ACTIVE");
        redis.delete(key("sc-yibin"));

        Answer found = api.lookUpDirectory("sc-yibin");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(found.body().path("version").asLong()).isZero();
        // Found entries are written back, so the next request finds them in Redis.
        assertThat(redis.opsForValue().get(key("sc-yibin"))).contains("\"status\":\"ACTIVE\"");

        Answer missing = api.lookUpDirectory("sc-nowhere");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.problemType()).isEqualTo("https://onedoor.io/problems/tenant-not-found");
        assertThat(api.lookUpDirectory("internal").status()).isEqualTo(404);
        assertThat(redis.hasKey(key("sc-nowhere"))).isFalse();
    }

    private static String key(String code) {
        return TenantDirectoryEntry.key(new TenantCode(code));
    }
}
