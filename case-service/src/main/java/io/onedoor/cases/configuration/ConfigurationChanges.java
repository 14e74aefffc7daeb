package io.onedoor.cases.configuration;

import io.onedoor.support.tenancy.TenantCode;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * tenant-service's announcements on {@value #CHANNEL} that a center's configuration changed
 * ({@code {"tenant":"nm-jarud","etag":"\"7.3\""}}): the tenant's local snapshot is dropped, so
 * the next request reads the new one.
 */
class ConfigurationChanges implements MessageListener {

    static final String CHANNEL = "onedoor:config-changed";

    private static final Logger log = LoggerFactory.getLogger(ConfigurationChanges.class);

    private final ConfigurationSnapshots snapshots;
    private final JsonMapper json;

    ConfigurationChanges(ConfigurationSnapshots snapshots, JsonMapper json) {
        this.snapshots = snapshots;
        this.json = json;
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        String tenant;
        try {
            JsonNode body = json.readTree(new String(message.getBody(), StandardCharsets.UTF_8));
            tenant = body.path("tenant").asString("");
        } catch (JacksonException e) {
            log.warn("configuration change message that is not JSON ignored");
            return;
        }
        TenantCode.parse(tenant)
                .ifPresentOrElse(
                        snapshots::evict,
                        () -> log.warn("configuration change message without a valid tenant ignored"));
    }
}
