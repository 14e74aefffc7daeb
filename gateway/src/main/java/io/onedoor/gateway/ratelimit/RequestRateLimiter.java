package io.onedoor.gateway.ratelimit;

import io.onedoor.support.tenancy.TenantCode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Takes one request's tokens from the tenant's bucket, using Spring Cloud Gateway's {@link
 * RedisRateLimiter} (its atomic token-bucket Lua script) keyed by tenant code, so every gateway
 * replica shares one bucket per tenant and one tenant's exhaustion never touches another's.
 *
 * <p>The limiter takes its limit from a configuration keyed by route id; here each distinct limit
 * gets its own limiter instance with that limit as its only configuration, which keeps the buckets
 * keyed by tenant alone ({@code request_rate_limiter.{tenant.<code>}.*}) whatever the limit.
 *
 * <p>Should Redis fail, the limiter lets the request through (Spring Cloud Gateway's choice): a
 * limit is protection, not a rule. The directory lookup before it fails closed anyway.
 */
@Component
public class TenantRateLimiter {

    private static final String BUCKET = "tenant";

    private final RateLimitProperties properties;
    private final ReactiveStringRedisTemplate redis;
    private final RedisScript<List<Long>> script;
    private final ConfigurationService configurationService;
    private final Map<RateLimitProperties.Limit, RedisRateLimiter> limiters = new ConcurrentHashMap<>();

    TenantRateLimiter(
            RateLimitProperties properties,
            ReactiveStringRedisTemplate redis,
            @Qualifier(RedisRateLimiter.REDIS_SCRIPT_NAME) RedisScript<List<Long>> script,
            ConfigurationService configurationService) {
        this.properties = properties;
        this.redis = redis;
        this.script = script;
        this.configurationService = configurationService;
    }

    public Mono<Decision> take(TenantCode tenant) {
        RateLimitProperties.Limit limit = properties.limitFor(tenant);
        return limiters.computeIfAbsent(limit, this::limiterFor)
                .isAllowed(BUCKET, tenant.value())
                .map(response -> {
                    Map<String, String> headers = response.getHeaders();
                    long remaining = parseOr(headers.get(RedisRateLimiter.REMAINING_HEADER), 0);
                    return new Decision(response.isAllowed(), headers, retryAfterSeconds(limit, remaining));
                });
    }

    /** Whole seconds until the bucket holds enough tokens for one request again; at least 1. */
    static long retryAfterSeconds(RateLimitProperties.Limit limit, long remaining) {
        long missing = Math.max(0, limit.requestedTokens() - Math.max(0, remaining));
        long seconds = (missing + limit.replenishRate() - 1) / limit.replenishRate();
        return Math.max(1, seconds);
    }

    private RedisRateLimiter limiterFor(RateLimitProperties.Limit limit) {
        RedisRateLimiter limiter = new RedisRateLimiter(redis, script, configurationService);
        limiter.getConfig()
                .put(
                        BUCKET,
                        new RedisRateLimiter.Config()
                                .setReplenishRate(limit.replenishRate())
                                .setBurstCapacity(limit.burstCapacity())
                                .setRequestedTokens(limit.requestedTokens()));
        return limiter;
    }

    private static long parseOr(@Nullable String value, long fallback) {
        try {
            return value == null ? fallback : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * The outcome for one request.
     *
     * @param headers the X-RateLimit-* headers to show the client
     * @param retryAfterSeconds when refused, the Retry-After to answer with
     */
    public record Decision(boolean allowed, Map<String, String> headers, long retryAfterSeconds) {}
}
