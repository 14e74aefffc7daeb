package io.onedoor.gateway.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway keeps the issuer's signing keys.
 *
 * @param minRefetchInterval the least time between two fetches of the key set. A token naming an
 *     unknown key triggers a fetch (that is how a rotated key is picked up), so without this floor
 *     anyone could make the gateway fetch the key set once per request by sending made-up key ids.
 *     Rotation stays seamless as long as the issuer publishes a key at least this long before
 *     signing with it.
 * @param maxAge keys older than this are fetched again, so a key the issuer withdrew stops
 *     verifying tokens even if no unknown key id ever shows up
 * @param timeout the whole fetch, connecting included
 */
@ConfigurationProperties("onedoor.gateway.jwks")
record JwksProperties(
        @DefaultValue("1s") Duration minRefetchInterval,
        @DefaultValue("5m") Duration maxAge,
        @DefaultValue("2s") Duration timeout) {}
