package io.onedoor.support.access;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which API documents a service serves, and so enforces.
 *
 * @param documents classpath locations of the OpenAPI documents, e.g. {@code openapi/cases.yaml}
 */
@ConfigurationProperties("onedoor.access")
public record AccessProperties(@DefaultValue List<String> documents) {}
