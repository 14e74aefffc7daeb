package io.onedoor.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.support.tenancy.TenantCode;
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
                    "onedoor.gateway.rate-limit.default.burst-capacity=400");

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

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RateLimitProperties.class)
    static class Enabled {}
}
