package io.onedoor.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.support.access.Caller;
import io.onedoor.support.tenancy.TenantCode;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class RateLimitPropertiesUnitTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Enabled.class)
            .withPropertyValues(
                    "onedoor.gateway.rate-limit.default.replenish-rate=200",
                    "onedoor.gateway.rate-limit.default.burst-capacity=400",
                    "onedoor.gateway.rate-limit.client-default.replenish-rate=50",
                    "onedoor.gateway.rate-limit.client-default.burst-capacity=100");

    @Test
    void aTenantOverrideReplacesTheDefaultForThatTenantOnly() {
        context.withPropertyValues(
                        "onedoor.gateway.rate-limit.tenants.xj-altay.replenish-rate=5",
                        "onedoor.gateway.rate-limit.tenants.xj-altay.burst-capacity=10")
                .run(started -> {
                    RateLimitProperties properties = started.getBean(RateLimitProperties.class);
                    assertThat(properties.limitFor(new TenantCode("xj-altay")))
                            .isEqualTo(new RateLimitProperties.Limit(5, 10, 1));
                    assertThat(properties.limitFor(new TenantCode("xj-hami")))
                            .isEqualTo(new RateLimitProperties.Limit(200, 400, 1));
                });
    }

    @Test
    void aClientOverrideReplacesTheClientDefaultForThatClientOnly() {
        context.withPropertyValues(
                        "onedoor.gateway.rate-limit.clients.nm-jarud-sync.replenish-rate=2",
                        "onedoor.gateway.rate-limit.clients.nm-jarud-sync.burst-capacity=4",
                        "onedoor.gateway.rate-limit.clients[Acme.Sync].replenish-rate=7",
                        "onedoor.gateway.rate-limit.clients[Acme.Sync].burst-capacity=7")
                .run(started -> {
                    RateLimitProperties properties = started.getBean(RateLimitProperties.class);
                    assertThat(properties.limitFor(client("nm-jarud-sync")))
                            .isEqualTo(new RateLimitProperties.Limit(2, 4, 1));
                    assertThat(properties.limitFor(client("Acme.Sync")))
                            .isEqualTo(new RateLimitProperties.Limit(7, 7, 1));
                    assertThat(properties.limitFor(client("onedoor-console")))
                            .isEqualTo(new RateLimitProperties.Limit(50, 100, 1));
                    // The tenant limits are separate.
                    assertThat(properties.limitFor(new TenantCode("nm-jarud")))
                            .isEqualTo(new RateLimitProperties.Limit(200, 400, 1));
                });
    }

    @Test
    void aMissingClientDefaultStopsStartup() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withUserConfiguration(Enabled.class)
                .withPropertyValues(
                        "onedoor.gateway.rate-limit.default.replenish-rate=200",
                        "onedoor.gateway.rate-limit.default.burst-capacity=400")
                .run(started -> assertThat(started).hasFailed());
    }

    @Test
    void aLimitNoRequestCouldEverPassStopsStartup() {
        context.withPropertyValues("onedoor.gateway.rate-limit.default.requested-tokens=401")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("requested-tokens must not exceed burst-capacity"));
    }

    @Test
    void anOverrideForSomethingThatIsNotATenantCodeStopsStartup() {
        context.withPropertyValues("onedoor.gateway.rate-limit.tenants[pg_catalog].replenish-rate=5")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("not a tenant code"));
    }

    private static Caller client(String clientId) {
        return new Caller(clientId, clientId, null, "150000", null, Set.of("INTEGRATOR"), Set.of());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RateLimitProperties.class)
    static class Enabled {}
}
