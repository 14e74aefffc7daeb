package io.onedoor.tenants.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Whose forwarded headers this service believes: the gateway's addresses.
 *
 * @param trustedProxies addresses or CIDR blocks the gateway connects from (env
 *     ONEDOOR_GATEWAY_ADDRESSES, comma-separated); empty: nobody's, every X-Forwarded-* and
 *     Forwarded header is dropped
 */
@ConfigurationProperties("onedoor.forwarded")
record TrustedProxiesProperties(@DefaultValue List<String> trustedProxies) {

    TrustedProxiesProperties {
        for (String proxy : trustedProxies) {
            try {
                new IpAddressMatcher(proxy.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("onedoor.forwarded.trusted-proxies (env ONEDOOR_GATEWAY_ADDRESSES): "
                        + proxy + " is not an IP address or CIDR block");
            }
        }
    }
}
