package io.onedoor.tenants.directory;

import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.tenancy.TenantDirectoryEntry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.ReturnType;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes tenants' routing entries to Redis for the gateway: the entry as JSON under
 * {@link TenantDirectoryEntry#key}, without expiry. A write replaces anything there (the gateway's
 * "unknown" marker included) except an entry of a newer version, so a slow writer holding an old
 * state can never undo a newer one.
 */
@Component
public class TenantDirectory {

    /** SET unless the stored entry has a higher version; returns 1 when written. */
    private static final byte[] WRITE_UNLESS_NEWER = """
            local current = redis.call('GET', KEYS[1])
            if current then
              local ok, entry = pcall(cjson.decode, current)
              if ok and type(entry) == 'table' and tonumber(entry['version'])
                  and tonumber(entry['version']) > tonumber(ARGV[2]) then
                return 0
              end
            end
            redis.call('SET', KEYS[1], ARGV[1])
            return 1
            """.getBytes(StandardCharsets.UTF_8);

    private final StringRedisTemplate redis;
    private final JsonMapper json;

    TenantDirectory(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    public void write(TenantDirectoryEntry entry) {
        redis.execute((RedisCallback<Object>) connection -> {
            write(connection, entry);
            return null;
        });
    }

    /** Writes all entries in one round trip. */
    public void writeAll(List<TenantDirectoryEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        redis.executePipelined((RedisCallback<Object>) connection -> {
            entries.forEach(entry -> write(connection, entry));
            return null;
        });
    }

    private void write(RedisConnection connection, TenantDirectoryEntry entry) {
        byte[] key = TenantDirectoryEntry.key(new TenantCode(entry.code())).getBytes(StandardCharsets.UTF_8);
        byte[] value = json.writeValueAsBytes(entry);
        byte[] version = Long.toString(entry.version()).getBytes(StandardCharsets.UTF_8);
        connection.scriptingCommands().eval(WRITE_UNLESS_NEWER, ReturnType.INTEGER, 1, key, value, version);
    }
}
