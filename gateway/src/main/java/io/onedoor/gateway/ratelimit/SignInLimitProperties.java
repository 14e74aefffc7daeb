package io.onedoor.gateway.ratelimit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on the authorization server's doors, which are open to anyone: {@code POST /login} and
 * {@code POST /oauth2/token}. They come before tenant-service's own lockout, which protects one
 * account; these stop one address trying many accounts, and one client id being hammered.
 *
 * @param address every calling network ({@link io.onedoor.gateway.request.ClientAddress}), both
 *     doors together
 * @param tokenClientDefault every client id presented to the token endpoint, whether or not its
 *     secret is right
 * @param tokenClients overrides by client id, e.g. the console's, through which every person's
 *     login exchanges its code
 */
@Validated
@ConfigurationProperties("onedoor.gateway.rate-limit.sign-in")
record SignInLimitProperties(
        @NotNull @Valid RateLimitProperties.Limit address,
        @NotNull @Valid RateLimitProperties.Limit tokenClientDefault,
        @DefaultValue Map<String, RateLimitProperties.@Valid Limit> tokenClients) {

    SignInLimitProperties {
        tokenClients = Map.copyOf(tokenClients);
    }

    RateLimitProperties.Limit limitForTokenClient(String clientId) {
        return tokenClients.getOrDefault(clientId, tokenClientDefault);
    }
}
