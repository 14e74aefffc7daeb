package io.onedoor.gateway.ratelimit;

import io.onedoor.support.access.Caller;
import io.onedoor.support.tenancy.TenantCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Token buckets in Redis, one per tenant (every request acting for it, from all its callers) and
 * one per client, shared by every gateway replica. Taking a request's tokens is one script call
 * ({@code token-bucket.lua}): atomic, and it reads a tenant's own limit, which its provincial
 * operator sets through tenant-service's API, from the hash tenant-service writes, so a new limit
 * applies from the very next request on every replica.
 *
 * <p>Keys: the bucket {@code onedoor:rate-limit:{tenant:<code>}:bucket} and the tenant's own limit
 * {@code onedoor:rate-limit:{tenant:<code>}} (fields {@code replenish-rate}, {@code
 * burst-capacity}, {@code version}); a client's bucket {@code onedoor:rate-limit:{client:<id>}:bucket}.
 * Each call touches one hash tag only, so the keys work on Redis Cluster as well.
 *
 * <p>Should Redis fail, the request passes: a limit is protection, not a rule, and the directory
 * read beside it fails the request closed anyway.
 */
@Component
class TokenBuckets {

    private static final Logger log = LoggerFactory.getLogger(TokenBuckets.class);

    static final String REMAINING_HEADER = "X-RateLimit-Remaining";
    static final String REPLENISH_RATE_HEADER = "X-RateLimit-Replenish-Rate";
    static final String BURST_CAPACITY_HEADER = "X-RateLimit-Burst-Capacity";
    static final String REQUESTED_TOKENS_HEADER = "X-RateLimit-Requested-Tokens";

    private final RateLimitProperties properties;
    private final ReactiveStringRedisTemplate redis;
    private final RedisScript<List<Long>> script;

    @SuppressWarnings({"unchecked", "rawtypes"})
    TokenBuckets(RateLimitProperties properties, ReactiveStringRedisTemplate redis) {
        this.properties = properties;
        this.redis = redis;
        this.script = (RedisScript<List<Long>>) (RedisScript)
                RedisScript.of(new ClassPathResource("io/onedoor/gateway/ratelimit/token-bucket.lua"), List.class);
    }

    /** The tenant's bucket, whose limit an operator may have set for the tenant. */
    Bucket bucketOf(TenantCode tenant) {
        return new Bucket(Bucket.Kind.TENANT, "tenant:" + tenant.value(), properties.limitFor(tenant), true);
    }

    /**
     * The client's bucket. An integrator's token has the client as its subject: one bucket per
     * client. People log in through a shared client (the console), so a person's bucket is that
     * client's for that person alone: one busy user, or one tenant's users, cannot exhaust the
     * console for everyone else.
     */
    Bucket bucketOf(Caller caller) {
        return new Bucket(Bucket.Kind.CLIENT, clientKey(caller), properties.limitFor(caller), false);
    }

    /** The bucket of one calling address, for the authorization server's login and token endpoints. */
    Bucket bucketOfAddress(String address, RateLimitProperties.Limit limit) {
        return new Bucket(Bucket.Kind.ADDRESS, "address:" + address, limit, false);
    }

    /** The bucket of a client id presented to the token endpoint, before it is authenticated. */
    Bucket bucketOfTokenClient(String clientId, RateLimitProperties.Limit limit) {
        return new Bucket(Bucket.Kind.CLIENT, "token-client:" + clientId, limit, false);
    }

    static String clientKey(Caller caller) {
        String client = Objects.requireNonNullElse(caller.clientId(), caller.subject());
        return "client:" + (client.equals(caller.subject()) ? client : client + "/" + caller.subject());
    }

    Mono<Decision> take(Bucket bucket) {
        RateLimitProperties.Limit limit = bucket.limit();
        List<String> keys = bucket.ownLimit() ? List.of(bucket.key(), bucket.limitKey()) : List.of(bucket.key());
        List<String> arguments = List.of(
                Integer.toString(limit.replenishRate()),
                Long.toString(limit.burstCapacity()),
                Integer.toString(limit.requestedTokens()));
        return redis.execute(script, keys, arguments)
                .next()
                .map(result -> decision(bucket, result))
                .onErrorResume(error -> {
                    log.warn("Rate limit not applied, Redis failed: {}", error.toString());
                    return Mono.just(new Decision(bucket, true, limit, -1));
                })
                .defaultIfEmpty(new Decision(bucket, true, limit, -1));
    }

    private static Decision decision(Bucket bucket, List<Long> result) {
        RateLimitProperties.Limit applied = new RateLimitProperties.Limit(
                Math.toIntExact(result.get(2)), result.get(3), bucket.limit().requestedTokens());
        return new Decision(bucket, result.get(0) == 1L, applied, result.get(1));
    }

    /** Whole seconds until the bucket holds enough tokens for one request again; at least 1. */
    static long retryAfterSeconds(RateLimitProperties.Limit limit, long remaining) {
        long missing = Math.max(0, limit.requestedTokens() - Math.max(0, remaining));
        long seconds = (missing + limit.replenishRate() - 1) / limit.replenishRate();
        return Math.max(1, seconds);
    }

    /**
     * One bucket: whose it is, its key, its configured limit, and whether an operator-set limit
     * stored beside it replaces that.
     */
    record Bucket(Kind kind, String id, RateLimitProperties.Limit limit, boolean ownLimit) {

        enum Kind {
            TENANT,
            CLIENT,
            ADDRESS
        }

        String key() {
            return limitKey() + ":bucket";
        }

        /** Where tenant-service writes a tenant's own limit. */
        String limitKey() {
            return "onedoor:rate-limit:{" + id + "}";
        }
    }

    /**
     * The outcome for one request in one bucket.
     *
     * @param limit the limit that applied (an operator's, else the configured one)
     * @param remaining tokens left in the bucket (negative if Redis could not say)
     */
    record Decision(Bucket bucket, boolean allowed, RateLimitProperties.Limit limit, long remaining) {

        /** Requests left before this bucket refuses; what a client most needs to see. */
        long requestsLeft() {
            return remaining < 0 ? Long.MAX_VALUE : remaining / limit.requestedTokens();
        }

        long retryAfterSeconds() {
            return TokenBuckets.retryAfterSeconds(limit, remaining);
        }

        /** The X-RateLimit-* headers shown to the client; none if Redis could not say. */
        Map<String, String> headers() {
            Map<String, String> headers = new LinkedHashMap<>();
            if (remaining >= 0) {
                headers.put(REMAINING_HEADER, Long.toString(remaining));
                headers.put(REPLENISH_RATE_HEADER, Integer.toString(limit.replenishRate()));
                headers.put(BURST_CAPACITY_HEADER, Long.toString(limit.burstCapacity()));
                headers.put(REQUESTED_TOKENS_HEADER, Integer.toString(limit.requestedTokens()));
            }
            return headers;
        }
    }
}
