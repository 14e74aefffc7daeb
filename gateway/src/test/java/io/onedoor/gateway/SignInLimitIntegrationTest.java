package io.onedoor.gateway;

import static io.onedoor.gateway.GatewayClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The authorization server's open doors, with limits of one request per three seconds per
 * network and per client id, behind a trusted proxy (the test's own address) whose
 * X-Forwarded-For names each test's callers, so every test has networks of its own.
 */
@TestPropertySource(
        properties = {
            "onedoor.gateway.client-address.trusted-proxies=127.0.0.1,::1",
            "onedoor.gateway.rate-limit.sign-in.address.replenish-rate=1",
            "onedoor.gateway.rate-limit.sign-in.address.burst-capacity=3",
            "onedoor.gateway.rate-limit.sign-in.address.requested-tokens=3",
            "onedoor.gateway.rate-limit.sign-in.token-client-default.replenish-rate=1",
            "onedoor.gateway.rate-limit.sign-in.token-client-default.burst-capacity=3",
            "onedoor.gateway.rate-limit.sign-in.token-client-default.requested-tokens=3",
            "onedoor.gateway.rate-limit.sign-in.token-clients.roomy-client.replenish-rate=100",
            "onedoor.gateway.rate-limit.sign-in.token-clients.roomy-client.burst-capacity=100"
        })
class SignInLimitIntegrationTest extends GatewayIntegrationTest {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    @Test
    void aNetworkTryingLoginsAgainIs429WithRetryAfterWhileAnotherNetworkSignsIn() {
        HttpResponse<String> first =
                gateway.postForm("/login", "username=a@nm-jarud&password=x", FORWARDED_FOR, "203.0.113.10");
        HttpResponse<String> second =
                gateway.postForm("/login", "username=b@nm-jarud&password=y", FORWARDED_FOR, "203.0.113.10");
        HttpResponse<String> elsewhere =
                gateway.postForm("/login", "username=c@nm-jarud&password=z", FORWARDED_FOR, "203.0.113.11");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode problem = assertProblem(second, 429, "rate-limited");
        assertThat(problem.path("detail").asString()).contains("network");
        assertThat(Long.parseLong(second.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 3L);
        assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(200);
        // Only the two allowed attempts reached tenant-service, each with its form intact.
        assertThat(tenantService.forwarded())
                .extracting(received -> received.method() + " " + received.path() + " " + received.body())
                .containsExactly(
                        "POST /login username=a@nm-jarud&password=x", "POST /login username=c@nm-jarud&password=z");
    }

    @Test
    void showingTheLoginPageIsNotCountedAndTokenRequestsShareTheNetworksBudget() {
        for (int i = 0; i < 4; i++) {
            assertThat(gateway.get("/login", FORWARDED_FOR, "203.0.113.20").statusCode())
                    .isEqualTo(200);
        }
        assertThat(gateway.postForm("/login", "username=a@nm-jarud&password=x", FORWARDED_FOR, "203.0.113.20")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> token = gateway.postForm(
                "/oauth2/token", "grant_type=client_credentials&client_id=roomy-client", FORWARDED_FOR, "203.0.113.20");

        assertProblem(token, 429, "rate-limited");
    }

    @Test
    void whatTheCallerPrependsToForwardedForBuysNoFreshBudget() {
        // Behind a trusted proxy only the address the proxy itself saw counts, whatever the
        // caller wrote before it.
        HttpResponse<String> first =
                gateway.postForm("/login", "username=a&password=x", FORWARDED_FOR, "198.51.100.1, 203.0.113.30");
        HttpResponse<String> second =
                gateway.postForm("/login", "username=a&password=x", FORWARDED_FOR, "198.51.100.2, 203.0.113.30");

        assertThat(first.statusCode()).isEqualTo(200);
        assertProblem(second, 429, "rate-limited");
    }

    @Test
    void anIpv6CallerIsCountedByItsSlash64() {
        HttpResponse<String> first =
                gateway.postForm("/login", "username=a&password=x", FORWARDED_FOR, "2001:db8:30:1::1");
        HttpResponse<String> sameNetwork =
                gateway.postForm("/login", "username=a&password=x", FORWARDED_FOR, "2001:db8:30:1::9999");
        HttpResponse<String> nextNetwork =
                gateway.postForm("/login", "username=a&password=x", FORWARDED_FOR, "2001:db8:30:2::1");

        assertThat(first.statusCode()).isEqualTo(200);
        assertProblem(sameNetwork, 429, "rate-limited");
        assertThat(nextNetwork.statusCode()).isEqualTo(200);
    }

    @Test
    void aClientIdHammeredFromManyNetworksIs429WhetherInBasicCredentialsOrInTheForm() {
        String basic =
                "Basic " + Base64.getEncoder().encodeToString("hammered-sync:wrong".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> first = gateway.postForm(
                "/oauth2/token",
                "grant_type=client_credentials",
                "Authorization",
                basic,
                FORWARDED_FOR,
                "203.0.113.40");
        HttpResponse<String> second = gateway.postForm(
                "/oauth2/token",
                "grant_type=client_credentials",
                "Authorization",
                basic,
                FORWARDED_FOR,
                "203.0.113.41");
        // The same client id, presented in the form by a public client, from a third network.
        HttpResponse<String> inForm = gateway.postForm(
                "/oauth2/token",
                "grant_type=client_credentials&client_id=hammered-sync",
                FORWARDED_FOR,
                "203.0.113.42");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode problem = assertProblem(second, 429, "rate-limited");
        assertThat(problem.path("detail").asString()).contains("client");
        assertThat(second.headers().firstValue("Retry-After")).isPresent();
        assertProblem(inForm, 429, "rate-limited");

        // A client with its own, roomier limit is unaffected; its form reaches tenant-service whole.
        HttpResponse<String> roomy = gateway.postForm(
                "/oauth2/token",
                "grant_type=authorization_code&client_id=roomy-client&code=abc&code_verifier=def",
                FORWARDED_FOR,
                "203.0.113.43");
        assertThat(roomy.statusCode()).as(roomy.body()).isEqualTo(200);
        assertThat(tenantService.forwarded())
                .extracting(received -> received.body())
                .containsExactly(
                        "grant_type=client_credentials",
                        "grant_type=authorization_code&client_id=roomy-client&code=abc&code_verifier=def");
    }
}
