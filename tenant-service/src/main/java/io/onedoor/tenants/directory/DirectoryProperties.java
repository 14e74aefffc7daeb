package io.onedoor.tenants.directory;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param refreshInterval how often every entry is re-written, repairing whatever a failed write
 *     or a flushed Redis left behind
 */
@ConfigurationProperties("onedoor.directory")
record DirectoryProperties(@DefaultValue("30s") Duration refreshInterval) {}
