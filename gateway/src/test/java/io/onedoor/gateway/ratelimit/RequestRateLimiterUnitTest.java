package io.onedoor.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenantRateLimiterUnitTest {

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

        assertThat(TenantRateLimiter.retryAfterSeconds(limit, remaining)).isEqualTo(expected);
    }
}
