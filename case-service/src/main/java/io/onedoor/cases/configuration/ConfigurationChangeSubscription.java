package io.onedoor.cases.configuration;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Keeps this replica subscribed to tenant-service's change announcements. A Redis that does not
 * answer at startup must not keep the service from starting (snapshots then come from
 * tenant-service), so the subscription is retried in the background until it holds. Whatever
 * was announced meanwhile was missed: once subscribed after a failure, every local snapshot is
 * dropped. Once subscribed, the listener container recovers from lost connections on its own.
 */
final class ConfigurationChangeSubscription implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConfigurationChangeSubscription.class);

    private final Supplier<RedisMessageListenerContainer> containers;
    private final ConfigurationSnapshots snapshots;
    private final Duration retryInterval;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("config-change-subscription").factory());

    private @Nullable RedisMessageListenerContainer container;
    private boolean running;
    private boolean failedBefore;

    ConfigurationChangeSubscription(
            Supplier<RedisMessageListenerContainer> containers,
            ConfigurationSnapshots snapshots,
            Duration retryInterval) {
        this.containers = containers;
        this.snapshots = snapshots;
        this.retryInterval = retryInterval;
    }

    @Override
    public synchronized void start() {
        running = true;
        subscribe();
    }

    private synchronized void subscribe() {
        if (!running) {
            return;
        }
        RedisMessageListenerContainer candidate = containers.get();
        try {
            candidate.afterPropertiesSet();
            candidate.start();
        } catch (RuntimeException e) {
            destroy(candidate);
            failedBefore = true;
            log.warn(
                    "not subscribed to configuration changes ({}); retrying in {}s, snapshots expire meanwhile",
                    e.getMessage(),
                    retryInterval.toSeconds());
            retries.schedule(this::subscribe, retryInterval.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        container = candidate;
        if (failedBefore) {
            snapshots.evictAll();
            log.info("subscribed to configuration changes; local snapshots dropped");
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        retries.shutdownNow();
        if (container != null) {
            destroy(container);
            container = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    private static void destroy(RedisMessageListenerContainer container) {
        try {
            container.destroy();
        } catch (Exception e) {
            log.debug("listener container did not shut down cleanly", e);
        }
    }
}
