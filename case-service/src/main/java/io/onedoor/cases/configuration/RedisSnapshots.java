package io.onedoor.cases.configuration;

import io.onedoor.support.tenancy.TenantCode;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The snapshots tenant-service keeps in Redis, one key per tenant. */
class RedisSnapshots {

    static final String KEY_PREFIX = "onedoor:config-snapshot:";

    private static final Logger log = LoggerFactory.getLogger(RedisSnapshots.class);

    private final StringRedisTemplate redis;

    RedisSnapshots(StringRedisTemplate redis) {
        this.redis = redis;
    }

    static String key(TenantCode tenant) {
        return KEY_PREFIX + tenant.value();
    }

    /** The snapshot JSON; empty if Redis has none or cannot be reached. */
    Optional<String> read(TenantCode tenant) {
        try {
            return Optional.ofNullable(redis.opsForValue().get(key(tenant)));
        } catch (DataAccessException e) {
            log.warn("Redis did not answer for the configuration snapshot: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
