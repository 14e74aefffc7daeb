package io.onedoor.tenants.registry;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How onboarding behaves.
 *
 * @param lockWait how long a request waits for another replica's run on the same tenant before it
 *     is answered 409 {@code provisioning-in-progress}
 * @param concurrentRuns how many onboardings one replica runs at once. Each holds a connection for
 *     its lock and Flyway takes two more, so this bounds the pool they can use up (three runs take
 *     nine of the default ten connections); more requests wait as long as for the lock, then are
 *     answered 503 {@code provisioning-busy}
 */
@ConfigurationProperties("onedoor.provisioning")
record ProvisioningProperties(
        @DefaultValue("3s") Duration lockWait,
        @DefaultValue("3") int concurrentRuns) {}
