package io.onedoor.gateway.auth;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many verified tokens the gateway remembers ({@link TokenVerifier}). A token is about a
 * kilobyte; the default holds every token of a few thousand active callers in some tens of MB.
 *
 * @param maximumSize the most tokens remembered; the least recently used go first
 */
@Validated
@ConfigurationProperties("onedoor.gateway.verified-tokens")
record VerifiedTokensProperties(
        @DefaultValue("20000") @Positive long maximumSize) {}
