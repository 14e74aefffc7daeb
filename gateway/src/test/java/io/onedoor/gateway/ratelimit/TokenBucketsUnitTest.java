package io.onedoor.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.support.access.Caller;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenBucketsUnitTest {

    @ParameterizedTest
    @CsvSource({
        // replenish, burst, requested, remaining, retry-after
        "200, 400, 1, 0, 1", // refilled within the second: never less than 1
        "1,   3,   3, 0, 3", // one request per three seconds, bucket empty
        "1,   3,   3, 1, 2",
        "2,   10,  5, 0, 3", // 5 tokens at 2 a second: 2.5 s, rounded up
        "1,   3,   3, -1, 3" // Redis gave no count
    })
    void retryAfterIsWholeSecondsUntilOneRequestFits(
            int replenishRate, long burstCapacity, int requestedTokens, long remaining, long expected) {
        var limit = new RateLimitProperties.Limit(replenishRate, burstCapacity, requestedTokens);

        assertThat(TokenBuckets.retryAfterSeconds(limit, remaining)).isEqualTo(expected);
    }

    @Test
    void anIntegratorHasOneBucketAndEachPersonOfASharedClientTheirOwn() {
        Caller integrator = caller("nm-jarud-sync", "nm-jarud-sync");
        Caller staff = caller("5b0f3c1e-7d4a-4f2b-9c8e-1a2b3c4d5e6f", "onedoor-console");
        Caller colleague = caller("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "onedoor-console");

        assertThat(TokenBuckets.clientKey(integrator)).isEqualTo("client:nm-jarud-sync");
        assertThat(TokenBuckets.clientKey(staff))
                .isEqualTo("client:onedoor-console/5b0f3c1e-7d4a-4f2b-9c8e-1a2b3c4d5e6f")
                .isNotEqualTo(TokenBuckets.clientKey(colleague));
    }

    @Test
    void aTenantsBucketItsOwnLimitItsClientsBucketsAndItsDirectoryEntryShareOneHashTag() {
        var limit = new RateLimitProperties.Limit(1, 1, 1);
        var properties = new RateLimitProperties(limit, java.util.Map.of(), limit, java.util.Map.of());
        var buckets = new TokenBuckets(properties, null);

        var tenant = buckets.bucketOf(new io.onedoor.support.tenancy.TenantCode("nm-jarud"));
        var client = buckets.bucketOf(caller("nm-jarud-sync", "nm-jarud-sync"));

        assertThat(tenant.limitKey()).isEqualTo("onedoor:rate-limit:{tenant:nm-jarud}");
        assertThat(tenant.key()).isEqualTo("onedoor:rate-limit:{tenant:nm-jarud}:bucket");
        assertThat(client.key()).isEqualTo("onedoor:rate-limit:{tenant:nm-jarud}:client:nm-jarud-sync:bucket");
        assertThat(io.onedoor.support.tenancy.TenantDirectoryEntry.key(
                        new io.onedoor.support.tenancy.TenantCode("nm-jarud")))
                .contains("{tenant:nm-jarud}");
    }

    @Test
    void aProvincialClientsBucketHasItsOwnHashTag() {
        var limit = new RateLimitProperties.Limit(1, 1, 1);
        var buckets =
                new TokenBuckets(new RateLimitProperties(limit, java.util.Map.of(), limit, java.util.Map.of()), null);
        Caller operator = new Caller(
                "ops-client", "ops-client", null, "150000", null, Set.of("INTEGRATOR"), Set.of("tenants:read"));

        assertThat(buckets.bucketOf(operator).key()).isEqualTo("onedoor:rate-limit:{client:ops-client}:bucket");
    }

    private static Caller caller(String subject, String clientId) {
        return new Caller(subject, clientId, "nm-jarud", "150000", null, Set.of("STAFF"), Set.of("cases:read"));
    }
}
