package io.onedoor.gateway.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class ClientAddressUnitTest {

    private static String resolved(ClientAddress addresses, String peer, String... forwardedFor) throws Exception {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/login")
                .remoteAddress(new InetSocketAddress(InetAddress.getByName(peer), 40000))
                .header("X-Forwarded-For", forwardedFor));
        addresses.resolve(exchange);
        return ClientAddress.of(exchange).orElseThrow().getHostAddress();
    }

    @Test
    void withoutTrustedProxiesWhatTheCallerWritesIsIgnored() throws Exception {
        assertThat(resolved(new ClientAddress(List.of()), "192.0.2.7", "203.0.113.1"))
                .isEqualTo("192.0.2.7");
    }

    @Test
    void behindATrustedProxyTheLastAddressItDidNotAddItselfIsTheCaller() throws Exception {
        ClientAddress addresses = new ClientAddress(List.of("10.0.0.0/8"));

        assertThat(resolved(addresses, "10.1.2.3", "198.51.100.9, 203.0.113.5")).isEqualTo("203.0.113.5");
        // Two proxies of ours in a row.
        assertThat(resolved(addresses, "10.1.2.3", "203.0.113.5, 10.9.9.9")).isEqualTo("203.0.113.5");
        // A peer outside the trusted block is the caller, whatever it forwards.
        assertThat(resolved(addresses, "192.0.2.7", "203.0.113.5")).isEqualTo("192.0.2.7");
        // Something that is not an address ends what can be believed.
        assertThat(resolved(addresses, "10.1.2.3", "203.0.113.5, evil.example")).isEqualTo("10.1.2.3");
    }

    @Test
    void limitsCountAnIpv4AddressAloneAndAnIpv6AddressByItsSlash64() throws Exception {
        assertThat(ClientAddress.network(InetAddress.getByName("203.0.113.5"))).isEqualTo("203.0.113.5");
        assertThat(ClientAddress.network(InetAddress.getByName("2001:db8:a:b:1:2:3:4")))
                .isEqualTo(ClientAddress.network(InetAddress.getByName("2001:db8:a:b::ffff")))
                .isEqualTo("2001:db8:a:b::/64")
                .isNotEqualTo(ClientAddress.network(InetAddress.getByName("2001:db8:a:c::1")));
    }

    @Test
    void aTrustedProxyThatIsNotACidrBlockStopsTheGatewayAtStartup() {
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/99"))).hasMessageContaining("trusted-proxies");
    }
}
