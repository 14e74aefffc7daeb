package io.onedoor.cases.intake;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs the sweep of expired idempotency records at the configured interval. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdempotencyExpiryConfiguration implements SchedulingConfigurer {

    private final IdempotencySweep sweep;
    private final IdempotencyProperties properties;

    IdempotencyExpiryConfiguration(IdempotencySweep sweep, IdempotencyProperties properties) {
        this.sweep = sweep;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(
                new FixedDelayTask(sweep::sweep, properties.sweepInterval(), properties.sweepInterval()));
    }
}
