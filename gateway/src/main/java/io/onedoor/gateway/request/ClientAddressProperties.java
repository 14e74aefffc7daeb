package io.onedoor.gateway.request;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway tells where a request came from.
 *
 * @param trustedProxies the load balancers or ingress controllers in front of the gateway (CIDR
 *     blocks), whose {@code X-Forwarded-For} is believed; empty: the connection's peer is the caller
 */
@ConfigurationProperties("onedoor.gateway.client-address")
record ClientAddressProperties(@DefaultValue List<String> trustedProxies) {}
