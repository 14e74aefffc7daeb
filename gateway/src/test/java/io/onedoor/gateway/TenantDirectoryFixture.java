package io.onedoor.gateway;

import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.tenancy.TenantDirectoryEntry;
import io.onedoor.support.tenancy.TenantDirectoryEntry.Status;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Writes the tenant directory into Redis the way tenant-service does: the entry as JSON, plain SET. */
final class TenantDirectoryFixture {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong VERSIONS = new AtomicLong();

    /** The province of every tenant the fixture lists unless told otherwise (Xinjiang). */
    static final String PROVINCE = "650000";

    private final ReactiveStringRedisTemplate redis;

    TenantDirectoryFixture(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    static String json(String tenant, Status status) {
        return json(tenant, status, PROVINCE);
    }

    static String json(String tenant, Status status, String province) {
        return JSON.writeValueAsString(new TenantDirectoryEntry(tenant, status, VERSIONS.incrementAndGet(), province));
    }

    /** Lists the tenant in the fixture's province, {@value #PROVINCE}. */
    void write(String tenant, Status status) {
        write(tenant, status, PROVINCE);
    }

    void write(String tenant, Status status, String province) {
        redis.opsForValue().set(key(tenant), json(tenant, status, province)).block();
    }

    @Nullable
    String stored(String tenant) {
        return redis.opsForValue().get(key(tenant)).block();
    }

    @Nullable
    Duration timeToLive(String tenant) {
        return redis.getExpire(key(tenant)).block();
    }

    private static String key(String tenant) {
        return TenantDirectoryEntry.key(new TenantCode(tenant));
    }
}
