package io.onedoor.tenants.registry;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How onboarding behaves.
 *
 * @param lockWait how long a request waits for another replica's run on the same tenant before it
 *     is answered 409 {@code provisioning-in-progress}
 */
@ConfigurationProperties("onedoor.provisioning")
record ProvisioningProperties(@DefaultValue("3s") Duration lockWait) {}
