package io.onedoor.gateway;

import static io.onedoor.gateway.GatewayClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.support.tenancy.TenantDirectoryEntry.Status;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Browsers: the console's origin (gateway.yml's default, http://localhost:5173) and no other. */
class CorsIntegrationTest extends GatewayIntegrationTest {

    private static final String CONSOLE = "http://localhost:5173";

    @Test
    void theConsolesPreflightIsAnsweredByTheGatewayWithWhatTheConsoleMaySend() {
        HttpResponse<String> preflight = gateway.send(
                "OPTIONS",
                "/api/v1/tenants/cors-county/matters",
                null,
                "Origin",
                CONSOLE,
                "Access-Control-Request-Method",
                "POST",
                "Access-Control-Request-Headers",
                "authorization, content-type, idempotency-key");

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue(CONSOLE);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValueSatisfying(methods -> assertThat(methods).contains("POST"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValueSatisfying(headers -> assertThat(headers.toLowerCase()).contains("idempotency-key"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials"))
                .isEmpty();
        assertThat(caseService.forwarded()).isEmpty();
    }

    @Test
    void theConsolesRequestsCarryTheHeadersItNeedsToReadTheAnswerEvenARefusal() {
        directory.write("cors-county", Status.ACTIVE);
        HttpResponse<String> answered = gateway.get(
                "/api/v1/tenants/cors-county/matters", "Origin", CONSOLE, AUTHORIZATION, tokens.staff("cors-county"));
        HttpResponse<String> refused = gateway.get("/api/v1/tenants/cors-county/matters", "Origin", CONSOLE);

        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.headers().firstValue("Access-Control-Allow-Origin")).hasValue(CONSOLE);
        assertThat(answered.headers().firstValue("Access-Control-Expose-Headers"))
                .hasValueSatisfying(exposed -> assertThat(exposed).contains("X-Request-Id", "Retry-After"));
        assertProblem(refused, 401, "unauthenticated");
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).hasValue(CONSOLE);
    }

    @Test
    void anyOtherOriginIsRefusedWith403AndNothingIsForwarded() {
        directory.write("cors-county", Status.ACTIVE);
        HttpResponse<String> request = gateway.get(
                "/api/v1/tenants/cors-county/matters",
                "Origin",
                "https://evil.example",
                AUTHORIZATION,
                tokens.staff("cors-county"));
        HttpResponse<String> preflight = gateway.send(
                "OPTIONS",
                "/api/v1/tenants/cors-county/matters",
                null,
                "Origin",
                "http://localhost:5174",
                "Access-Control-Request-Method",
                "DELETE");

        assertProblem(request, 403, "origin-not-allowed");
        assertThat(request.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertProblem(preflight, 403, "origin-not-allowed");
        assertThat(caseService.forwarded()).isEmpty();
    }

    @Test
    void callersThatAreNotBrowsersAreUntouched() {
        directory.write("cors-county", Status.ACTIVE);
        HttpResponse<String> integrator =
                gateway.get("/api/v1/tenants/cors-county/matters", AUTHORIZATION, tokens.staff("cors-county"));

        assertThat(integrator.statusCode()).isEqualTo(200);
        assertThat(integrator.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }
}
