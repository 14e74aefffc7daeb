package io.onedoor.tenants.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.tenancy.TenantDirectoryEntry;
import io.onedoor.support.tenancy.TenantDirectoryEntry.Status;
import io.onedoor.tenants.OperatorApi;
import io.onedoor.tenants.OperatorApi.Answer;
import io.onedoor.tenants.Registry;
import io.onedoor.tenants.TenantLevel;
import io.onedoor.tenants.TenantServiceTest;
import io.onedoor.tenants.registry.TenantChanged;
import io.onedoor.tenants.registry.TenantRepository;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

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

    @Autowired
    TenantRepository tenants;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JsonMapper json;

    @Test
    void reconcilerRepairsLostAndNegativeEntries() {
        registry.existing("sc-chengdu", "510100", TenantLevel.CITY, "510000", "ACTIVE");
        registry.existing("sc-mianyang", "510700", TenantLevel.CITY, "510000", "SUSPENDED");
        // The gateway cached "unknown" before the tenant existed; the other entry was never written.
        redis.opsForValue().set(key("sc-chengdu"), TenantDirectoryEntry.UNKNOWN_MARKER, Duration.ofSeconds(30));
        redis.delete(key("sc-mianyang"));

        reconciler.reconcile();

        assertThat(redis.opsForValue().get(key("sc-chengdu")))
                .isEqualTo("{\"code\":\"sc-chengdu\",\"status\":\"ACTIVE\",\"version\":0,\"provinceCode\":\"510000\"}");
        assertThat(redis.getExpire(key("sc-chengdu"))).isEqualTo(-1L);
        assertThat(redis.opsForValue().get(key("sc-mianyang"))).contains("\"status\":\"SUSPENDED\"");
    }

    @Test
    void olderEntryNeverReplacesNewerOne() {
        directory.write(new TenantDirectoryEntry("sc-leshan", Status.SUSPENDED, 5, "510000"));

        directory.writeAll(List.of(new TenantDirectoryEntry("sc-leshan", Status.ACTIVE, 4, "510000")));
        assertThat(redis.opsForValue().get(key("sc-leshan"))).contains("\"status\":\"SUSPENDED\"");

        directory.write(new TenantDirectoryEntry("sc-leshan", Status.ACTIVE, 6, "510000"));
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
        assertThat(missing.body().toString()).doesNotContain("sc-nowhere");
        assertThat(api.lookUpDirectory("internal").status()).isEqualTo(404);
        assertThat(redis.hasKey(key("sc-nowhere"))).isFalse();
    }

    @Test
    void redisOutageNeverFailsTheChangeItReports() {
        registry.existing("sc-zigong", "510300", TenantLevel.CITY, "510000", "ACTIVE");
        var unreachable = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", 1));
        unreachable.afterPropertiesSet();
        unreachable.start();
        try {
            var deadDirectory = new TenantDirectory(new StringRedisTemplate(unreachable), json);
            var publisher = new DirectoryPublisher(tenants, deadDirectory, transactions);
            var deadReconciler = new DirectoryReconciler(tenants, deadDirectory);

            assertThatCode(() -> publisher.on(new TenantChanged("sc-zigong"))).doesNotThrowAnyException();
            assertThatCode(deadReconciler::reconcile).doesNotThrowAnyException();
        } finally {
            unreachable.destroy();
        }
        // With Redis back, the next reconciliation repairs the entry.
        reconciler.reconcile();
        assertThat(redis.opsForValue().get(key("sc-zigong"))).contains("\"status\":\"ACTIVE\"");
    }

    private static String key(String code) {
        return TenantDirectoryEntry.key(new TenantCode(code));
    }
}
