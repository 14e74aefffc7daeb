package io.onedoor.cases.configuration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.onedoor.cases.configuration.SnapshotJson.MalformedSnapshotException;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.web.ProblemException;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * The configuration of each center, from tenant-service's snapshot: kept locally (bounded, for a
 * short while, dropped when tenant-service announces a change), else read from Redis, else asked
 * of tenant-service. Without a snapshot nothing is guessed: the caller gets a 503.
 */
public class ConfigurationSnapshots {

    private static final Logger log = LoggerFactory.getLogger(ConfigurationSnapshots.class);

    private final Cache<TenantCode, CenterConfiguration> local;
    private final RedisSnapshots redis;
    private final TenantServiceSnapshots tenantService;
    private final SnapshotJson json;

    ConfigurationSnapshots(
            SnapshotProperties properties,
            RedisSnapshots redis,
            TenantServiceSnapshots tenantService,
            SnapshotJson json) {
        this.local = Caffeine.newBuilder()
                .maximumSize(properties.maximumTenants())
                .expireAfterWrite(properties.maxAge())
                .build();
        this.redis = redis;
        this.tenantService = tenantService;
        this.json = json;
    }

    /**
     * The tenant's current configuration. Throws a 503 problem {@code configuration-unavailable}
     * if neither Redis nor tenant-service provides a usable snapshot.
     */
    public CenterConfiguration of(TenantCode tenant) {
        // Concurrent requests for one tenant wait for a single load; a failed load is not kept.
        CenterConfiguration configuration = local.get(tenant, this::load);
        if (configuration == null) {
            throw ProblemException.of(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "configuration-unavailable",
                    "Center configuration unavailable",
                    "The center's configuration cannot be read just now; retry later.");
        }
        return configuration;
    }

    /**
     * The tenant's current configuration if it can be read; for checks that add to an answer
     * already decided (a refused request), which must not turn into a 503.
     */
    public java.util.Optional<CenterConfiguration> ifReadable(TenantCode tenant) {
        return java.util.Optional.ofNullable(local.get(tenant, this::load));
    }

    /** Forgets the tenant's snapshot: its configuration has changed. */
    void evict(TenantCode tenant) {
        local.invalidate(tenant);
    }

    /** Forgets every snapshot: changes may have been announced unheard. */
    void evictAll() {
        local.invalidateAll();
    }

    private @Nullable CenterConfiguration load(TenantCode tenant) {
        return parsed(tenant, "Redis", () -> redis.read(tenant))
                .or(() -> parsed(tenant, "tenant-service", () -> tenantService.fetch(tenant)))
                .orElseGet(() -> {
                    log.error("no configuration snapshot for the tenant, neither in Redis nor from tenant-service");
                    return null;
                });
    }

    private Optional<CenterConfiguration> parsed(TenantCode tenant, String source, Supplier<Optional<String>> read) {
        Optional<String> text = read.get();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            CenterConfiguration configuration = json.read(text.get(), tenant);
            log.debug("configuration snapshot {} read from {}", configuration.etag(), source);
            return Optional.of(configuration);
        } catch (MalformedSnapshotException e) {
            log.error("configuration snapshot from {} refused: {}", source, e.getMessage());
            return Optional.empty();
        }
    }
}
