package io.onedoor.cases.configuration;

import io.onedoor.cases.security.ServiceCredentialsProperties;
import io.onedoor.cases.security.ServiceTokens;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

/** The snapshot cache, its two sources, and its subscription to change announcements. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FollowUpProperties.class)
class ConfigurationSnapshotsConfiguration {

    @Bean
    ConfigurationSnapshots configurationSnapshots(
            SnapshotProperties properties,
            TenantServiceProperties tenantService,
            ServiceCredentialsProperties credentials,
            StringRedisTemplate redis,
            JsonMapper json) {
        return new ConfigurationSnapshots(
                properties,
                new RedisSnapshots(redis),
                new TenantServiceSnapshots(
                        tenantService,
                        new ServiceTokens(
                                credentials, tenantService.tenantServiceUrl(), tenantService.connectTimeout())),
                new SnapshotJson(json));
    }

    @Bean
    ConfigurationChangeSubscription configurationChangeSubscription(
            RedisConnectionFactory redis, ConfigurationSnapshots snapshots, JsonMapper json) {
        var listener = new ConfigurationChanges(snapshots, json);
        return new ConfigurationChangeSubscription(
                () -> {
                    var container = new RedisMessageListenerContainer();
                    container.setConnectionFactory(redis);
                    container.addMessageListener(listener, new ChannelTopic(ConfigurationChanges.CHANNEL));
                    return container;
                },
                snapshots,
                Duration.ofSeconds(5));
    }
}
