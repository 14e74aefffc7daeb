package io.onedoor.gateway.ratelimit;

import io.onedoor.support.access.Caller;
import io.onedoor.support.tenancy.TenantCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.validation.annotation.Validated;

/**
 * Request limits: a token bucket per tenant and one per client in Redis.
 *
 * @param defaults the limit of every tenant without an override ({@code
 *     onedoor.gateway.rate-limit.default.*})
 * @param tenants overrides by tenant code ({@code onedoor.gateway.rate-limit.tenants.<code>.*})
 * @param clientDefault the limit of every client without an override ({@code
 *     onedoor.gateway.rate-limit.client-default.*})
 * @param clients overrides by OAuth2 client id ({@code
 *     onedoor.gateway.rate-limit.clients.<client-id>.*}; a client id with dots or capitals goes in
 *     brackets: {@code clients[Acme.Sync].*})
 */
@Validated
@ConfigurationProperties("onedoor.gateway.rate-limit")
record RateLimitProperties(
        @Name("default") @NotNull @Valid Limit defaults,
        @DefaultValue Map<String, @Valid Limit> tenants,
        @NotNull @Valid Limit clientDefault,
        @DefaultValue Map<String, @Valid Limit> clients) {

    RateLimitProperties {
        for (String code : tenants.keySet()) {
            if (!TenantCode.isValid(code)) {
                throw new IllegalArgumentException("onedoor.gateway.rate-limit.tenants has an entry for '" + code
                        + "', which is not a tenant code");
            }
        }
        tenants = Map.copyOf(tenants);
        clients = Map.copyOf(clients);
    }

    Limit limitFor(TenantCode tenant) {
        return tenants.getOrDefault(tenant.value(), defaults);
    }

    Limit limitFor(Caller caller) {
        return clients.getOrDefault(Objects.requireNonNullElse(caller.clientId(), ""), clientDefault);
    }

    /**
     * One token bucket.
     *
     * @param replenishRate tokens added per second
     * @param burstCapacity most tokens the bucket holds
     * @param requestedTokens tokens one request costs; above 1 it allows less than one request a
     *     second (replenish-rate 1, requested-tokens 60: one a minute)
     */
    record Limit(
            @Positive int replenishRate,
            @Positive long burstCapacity,
            @DefaultValue("1") @Positive int requestedTokens) {

        @AssertTrue(message = "requested-tokens must not exceed burst-capacity, or no request would ever pass")
        boolean isSatisfiable() {
            return requestedTokens <= burstCapacity;
        }
    }
}
