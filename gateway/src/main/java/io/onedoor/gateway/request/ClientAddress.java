package io.onedoor.gateway.request;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * The address a request came from, as far as the gateway can tell: the connection's peer, or, when
 * that peer is one of the configured trusted proxies (a load balancer or ingress in front of the
 * gateway), the last address in {@code X-Forwarded-For} that is not itself a trusted proxy. An
 * address a client writes into the header is believed only as far as a trusted proxy vouches for
 * it. Resolved once, before the client's forwarding headers are dropped ({@link
 * RequestIdentityFilter}).
 */
public final class ClientAddress {

    private static final String ATTRIBUTE = ClientAddress.class.getName();

    private final List<IpSubnetFilterRule> trustedProxies;

    /** @param trustedProxies CIDR blocks, e.g. {@code 10.0.0.0/8}; a bare address is one host */
    public ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(ClientAddress::rule).toList();
    }

    private static IpSubnetFilterRule rule(String cidr) {
        String block = cidr.contains("/") ? cidr : cidr + (cidr.contains(":") ? "/128" : "/32");
        try {
            return new IpSubnetFilterRule(block, IpFilterRuleType.ACCEPT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "onedoor.gateway.client-address.trusted-proxies has '" + cidr + "', which is not a CIDR block", e);
        }
    }

    /** Resolves the request's address and keeps it with the exchange. */
    void resolve(ServerWebExchange exchange) {
        InetAddress address = addressOf(exchange.getRequest());
        if (address != null) {
            exchange.getAttributes().put(ATTRIBUTE, address);
        }
    }

    private @Nullable InetAddress addressOf(ServerHttpRequest request) {
        InetSocketAddress peer = request.getRemoteAddress();
        if (peer == null || peer.getAddress() == null) {
            return null;
        }
        InetAddress address = peer.getAddress();
        if (!trusted(address)) {
            return address;
        }
        List<String> forwarded = request.getHeaders().getValuesAsList("X-Forwarded-For");
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(forwarded.get(i));
            if (hop == null) {
                // Not an address: nothing before it can be vouched for.
                return address;
            }
            if (!trusted(hop)) {
                return hop;
            }
            address = hop;
        }
        return address;
    }

    private boolean trusted(InetAddress address) {
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return trustedProxies.stream().anyMatch(rule -> rule.matches(socket));
    }

    /** An IP literal, never a host name (which would mean a DNS lookup per request). */
    private static @Nullable InetAddress literal(String value) {
        String text = value.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        boolean ipv4 = text.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = text.contains(":") && text.matches("[0-9A-Fa-f:.]+");
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** The request's address, if the connection had one. */
    public static Optional<InetAddress> of(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
    }

    /**
     * The network a limit applies to: an IPv4 address itself, an IPv6 address's /64 (one
     * subscriber's allocation; counting single IPv6 addresses would let one caller rotate through
     * billions).
     */
    public static String network(InetAddress address) {
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        byte[] bytes = address.getAddress();
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                    .append(':');
        }
        return prefix.append(":/64").toString();
    }
}
