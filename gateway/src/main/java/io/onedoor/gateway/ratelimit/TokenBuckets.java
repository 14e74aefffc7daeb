package io.onedoor.gateway.ratelimit;

import io.onedoor.support.access.Caller;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.tenancy.TenantDirectoryEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Token buckets in Redis, one per tenant (every request acting for it, from all its callers) and
 * one per client, shared by every gateway replica. A request's tokens are taken by one script
 * call ({@code buckets.lua}), atomically, client first: a client over its own limit does not
 * spend its tenant's budget. The script reads a tenant's own limit, which its provincial operator
 * sets through tenant-service's API, from the hash tenant-service writes, so a new limit applies
 * from the very next request on every replica; and it can read the tenant's directory entry in
 * the same call, so a request acting for its caller's own tenant costs one Redis round trip.
 *
 * <p>Keys. A tenant's: its bucket {@code onedoor:rate-limit:{tenant:<code>}:bucket}, its own limit
 * {@code onedoor:rate-limit:{tenant:<code>}} (fields {@code replenish-rate}, {@code
 * burst-capacity}, {@code version}), the bucket of each of its clients {@code
 * onedoor:rate-limit:{tenant:<code>}:client:<client>:bucket}; with the directory entry {@code
 * onedoor:tenant-directory:{tenant:<code>}} they share one hash tag, so a call that touches them
 * together touches one Redis Cluster slot. A provincial client's bucket: {@code
 * onedoor:rate-limit:{client:<id>}:bucket}.
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
    private final RedisScript<List<Object>> script;

    @SuppressWarnings({"unchecked", "rawtypes"})
    TokenBuckets(RateLimitProperties properties, ReactiveStringRedisTemplate redis) {
        this.properties = properties;
        this.redis = redis;
        // Read once: a script made from a Resource checks the resource (here: opens the jar) on
        // every call, which the profile showed.
        this.script = (RedisScript<List<Object>>) (RedisScript) RedisScript.of(scriptText(), List.class);
    }

    private static String scriptText() {
        try (InputStream in = new ClassPathResource("io/onedoor/gateway/ratelimit/buckets.lua").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the token-bucket script is missing from the gateway's jar", e);
        }
    }

    /** The tenant's bucket, whose limit an operator may have set for the tenant. */
    Bucket bucketOf(TenantCode tenant) {
        return new Bucket(
                Bucket.Kind.TENANT, TenantDirectoryEntry.hashTag(tenant), "", properties.limitFor(tenant), true);
    }

    /**
     * The client's bucket. An integrator's token has the client as its subject: one bucket per
     * client. People log in through a shared client (the console), so a person's bucket is that
     * client's for that person alone: one busy user, or one tenant's users, cannot exhaust the
     * console for everyone else. A client of a tenant keeps its bucket beside the tenant's.
     */
    Bucket bucketOf(Caller caller) {
        RateLimitProperties.Limit limit = properties.limitFor(caller);
        String client = clientKey(caller);
        if (caller.tenant() != null && TenantCode.isValid(caller.tenant())) {
            return new Bucket(
                    Bucket.Kind.CLIENT,
                    TenantDirectoryEntry.hashTag(new TenantCode(caller.tenant())),
                    client,
                    limit,
                    false);
        }
        return new Bucket(Bucket.Kind.CLIENT, "{" + client + "}", "", limit, false);
    }

    /** The bucket of one calling address, for the authorization server's login and token endpoints. */
    Bucket bucketOfAddress(String address, RateLimitProperties.Limit limit) {
        return new Bucket(Bucket.Kind.ADDRESS, "{address:" + address + "}", "", limit, false);
    }

    /** The bucket of a client id presented to the token endpoint, before it is authenticated. */
    Bucket bucketOfTokenClient(String clientId, RateLimitProperties.Limit limit) {
        return new Bucket(Bucket.Kind.CLIENT, "{token-client:" + clientId + "}", "", limit, false);
    }

    static String clientKey(Caller caller) {
        String client = Objects.requireNonNullElse(caller.clientId(), caller.subject());
        return "client:" + (client.equals(caller.subject()) ? client : client + "/" + caller.subject());
    }

    /** One bucket's tokens; if Redis fails, the request passes (a limit is protection, not a rule). */
    Mono<Decision> take(Bucket bucket) {
        return take(null, List.of(bucket))
                .map(taken -> Objects.requireNonNull(taken.decisions().getFirst()))
                .onErrorResume(error -> {
                    log.warn("Rate limit not applied, Redis failed: {}", error.toString());
                    return Mono.just(Decision.unknown(bucket));
                });
    }

    /**
     * The buckets' tokens, in order, and the value of {@code readKey} (if given), in one call; a
     * Redis failure is the caller's to handle. Every key must carry the same hash tag.
     */
    Mono<Taken> take(@Nullable String readKey, List<Bucket> buckets) {
        List<String> keys = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        if (readKey != null) {
            keys.add(readKey);
        }
        arguments.add(readKey != null ? "1" : "0");
        arguments.add(Integer.toString(buckets.size()));
        for (Bucket bucket : buckets) {
            RateLimitProperties.Limit limit = bucket.limit();
            keys.add(bucket.key());
            if (bucket.ownLimit()) {
                keys.add(bucket.limitKey());
            }
            arguments.add(Integer.toString(limit.replenishRate()));
            arguments.add(Long.toString(limit.burstCapacity()));
            arguments.add(Integer.toString(limit.requestedTokens()));
            arguments.add(bucket.ownLimit() ? "1" : "0");
        }
        return redis.execute(script, keys, arguments).next().map(result -> taken(buckets, result));
    }

    private static Taken taken(List<Bucket> buckets, List<Object> result) {
        Optional<String> value = number(result.get(1)) == 1 ? Optional.of((String) result.get(0)) : Optional.empty();
        List<@Nullable Decision> decisions = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            Bucket bucket = buckets.get(i);
            int at = 2 + 4 * i;
            long taken = number(result.get(at));
            RateLimitProperties.Limit applied = new RateLimitProperties.Limit(
                    Math.toIntExact(number(result.get(at + 2))),
                    number(result.get(at + 3)),
                    bucket.limit().requestedTokens());
            decisions.add(taken < 0 ? null : new Decision(bucket, taken == 1, applied, number(result.get(at + 1))));
        }
        return new Taken(value, decisions);
    }

    private static long number(Object value) {
        return value instanceof Number number ? number.longValue() : Long.parseLong(value.toString());
    }

    /** Whole seconds until the bucket holds enough tokens for one request again; at least 1. */
    static long retryAfterSeconds(RateLimitProperties.Limit limit, long remaining) {
        long missing = Math.max(0, limit.requestedTokens() - Math.max(0, remaining));
        long seconds = (missing + limit.replenishRate() - 1) / limit.replenishRate();
        return Math.max(1, seconds);
    }

    /**
     * What one script call found: the value read (empty if Redis had no such key) and each
     * bucket's decision, null for a bucket not asked because an earlier one refused.
     */
    record Taken(Optional<String> value, List<@Nullable Decision> decisions) {}

    /**
     * One bucket: whose it is, its hash tag and name within it, its configured limit, and whether
     * an operator-set limit stored beside it replaces that.
     */
    record Bucket(Kind kind, String hashTag, String name, RateLimitProperties.Limit limit, boolean ownLimit) {

        enum Kind {
            TENANT,
            CLIENT,
            ADDRESS
        }

        String key() {
            return limitKey() + (name.isEmpty() ? "" : ":" + name) + ":bucket";
        }

        /** Where tenant-service writes a tenant's own limit. */
        String limitKey() {
            return "onedoor:rate-limit:" + hashTag;
        }
    }

    /**
     * The outcome for one request in one bucket.
     *
     * @param limit the limit that applied (an operator's, else the configured one)
     * @param remaining tokens left in the bucket (negative if Redis could not say)
     */
    record Decision(Bucket bucket, boolean allowed, RateLimitProperties.Limit limit, long remaining) {

        static Decision unknown(Bucket bucket) {
            return new Decision(bucket, true, bucket.limit(), -1);
        }

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
