package io.onedoor.tenants.ratelimit;

import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.tenancy.TenantDirectoryEntry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.ReturnType;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes tenants' own limits where the gateway's token-bucket script reads them: a hash under
 * {@code onedoor:rate-limit:{tenant:<code>}} with {@code replenish-rate}, {@code burst-capacity}
 * and {@code version}. A removed limit is the hash with its version alone, so the gateway applies
 * its default and an older write still cannot land over it. A write never replaces a hash of a
 * higher version.
 */
@Component
class RateLimitStore {

    /** Replaces the hash unless the stored one is newer; returns 1 when written. */
    private static final byte[] WRITE_UNLESS_NEWER = """
            local current = tonumber(redis.call('HGET', KEYS[1], 'version'))
            if current and current > tonumber(ARGV[1]) then
              return 0
            end
            redis.call('DEL', KEYS[1])
            if ARGV[2] == '' then
              redis.call('HSET', KEYS[1], 'version', ARGV[1])
            else
              redis.call('HSET', KEYS[1], 'version', ARGV[1], 'replenish-rate', ARGV[2], 'burst-capacity', ARGV[3])
            end
            return 1
            """.getBytes(StandardCharsets.UTF_8);

    private final StringRedisTemplate redis;

    RateLimitStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    static String key(String tenant) {
        return "onedoor:rate-limit:" + TenantDirectoryEntry.hashTag(new TenantCode(tenant));
    }

    void write(TenantRateLimit limit) {
        redis.execute((RedisCallback<Object>) connection -> {
            write(connection, limit);
            return null;
        });
    }

    /** Writes all of them in one round trip. */
    void writeAll(List<TenantRateLimit> limits) {
        if (limits.isEmpty()) {
            return;
        }
        redis.executePipelined((RedisCallback<Object>) connection -> {
            limits.forEach(limit -> write(connection, limit));
            return null;
        });
    }

    private static void write(RedisConnection connection, TenantRateLimit limit) {
        RateLimit own = limit.limit();
        connection
                .scriptingCommands()
                .eval(
                        WRITE_UNLESS_NEWER,
                        ReturnType.INTEGER,
                        1,
                        bytes(key(limit.tenant())),
                        bytes(Long.toString(limit.version())),
                        bytes(own == null ? "" : Integer.toString(own.replenishRate())),
                        bytes(own == null ? "" : Integer.toString(own.burstCapacity())));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
