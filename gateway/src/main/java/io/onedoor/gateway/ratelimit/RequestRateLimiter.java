package io.onedoor.gateway.ratelimit;

import io.onedoor.support.access.Caller;
import io.onedoor.support.tenancy.TenantCode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Takes one request's tokens from a bucket, using Spring Cloud Gateway's {@link RedisRateLimiter}
 * (its atomic token-bucket Lua script), so every gateway replica shares each bucket and one
 * bucket's exhaustion never touches another's.
 *
 * <p>The limiter takes its limit from a configuration keyed by route id; here each distinct limit
 * gets its own limiter instance with that limit as its only configuration, which keeps the buckets
 * keyed by bucket alone ({@code request_rate_limiter.{tenant:<code>}.*}, {@code
 * request_rate_limiter.{client:<client id>}.*}) whatever the limit.
 *
 * <p>Should Redis fail, the limiter lets the request through (Spring Cloud Gateway's choice): a
 * limit is protection, not a rule. The directory lookup before it fails closed anyway.
 */
@Component
class RequestRateLimiter {

    private static final String CONFIG = "bucket";

    private final RateLimitProperties properties;
    private final ReactiveStringRedisTemplate redis;
    private final RedisScript<List<Long>> script;
    private final ConfigurationService configurationService;
    private final Map<RateLimitProperties.Limit, RedisRateLimiter> limiters = new ConcurrentHashMap<>();

    RequestRateLimiter(
            RateLimitProperties properties,
            ReactiveStringRedisTemplate redis,
            @Qualifier(RedisRateLimiter.REDIS_SCRIPT_NAME) RedisScript<List<Long>> script,
            ConfigurationService configurationService) {
        this.properties = properties;
        this.redis = redis;
        this.script = script;
        this.configurationService = configurationService;
    }

    /** The tenant's bucket: every request acting for the tenant, whoever sends it. */
    Bucket bucketOf(TenantCode tenant) {
        return new Bucket(Bucket.Kind.TENANT, "tenant:" + tenant.value(), properties.limitFor(tenant));
    }

    /**
     * The client's bucket. An integrator's token has the client as its subject: one bucket per
     * client. People log in through a shared client (the console), so a person's bucket is that
     * client's for that person alone: one busy user, or one tenant's users, cannot exhaust the
     * console for everyone else.
     */
    Bucket bucketOf(Caller caller) {
        return new Bucket(Bucket.Kind.CLIENT, clientKey(caller), properties.limitFor(caller));
    }

    static String clientKey(Caller caller) {
        String client = Objects.requireNonNullElse(caller.clientId(), caller.subject());
        return "client:" + (client.equals(caller.subject()) ? client : client + "/" + caller.subject());
    }

    Mono<Decision> take(Bucket bucket) {
        RateLimitProperties.Limit limit = bucket.limit();
        return limiters.computeIfAbsent(limit, this::limiterFor)
                .isAllowed(CONFIG, bucket.key())
                .map(response -> {
                    Map<String, String> headers = response.getHeaders();
                    long remaining = parseOr(headers.get(RedisRateLimiter.REMAINING_HEADER), 0);
                    return new Decision(
                            bucket, response.isAllowed(), headers, remaining, retryAfterSeconds(limit, remaining));
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
                        CONFIG,
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

    /** One bucket: whose it is, its Redis key and its limit. */
    record Bucket(Kind kind, String key, RateLimitProperties.Limit limit) {

        enum Kind {
            TENANT,
            CLIENT
        }
    }

    /**
     * The outcome for one request in one bucket.
     *
     * @param headers the X-RateLimit-* headers to show the client
     * @param remaining tokens left in the bucket (negative if Redis could not say)
     * @param retryAfterSeconds when refused, the Retry-After to answer with
     */
    record Decision(
            Bucket bucket, boolean allowed, Map<String, String> headers, long remaining, long retryAfterSeconds) {

        /** Requests left before this bucket refuses; what a client most needs to see. */
        long requestsLeft() {
            return remaining < 0 ? Long.MAX_VALUE : remaining / bucket.limit().requestedTokens();
        }
    }
}
