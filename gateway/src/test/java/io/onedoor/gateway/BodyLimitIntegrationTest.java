package io.onedoor.gateway;

import static io.onedoor.gateway.GatewayClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.support.tenancy.TenantDirectoryEntry.Status;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bodies over the route's limit (1 MB by default, 10 MB for a center's configuration) are refused. */
class BodyLimitIntegrationTest extends GatewayIntegrationTest {

    private static String json(int bytes) {
        char[] filler = new char[bytes - 12];
        Arrays.fill(filler, 'a');
        return "{\"note\":\"" + new String(filler) + "\"}";
    }

    @Test
    void aFiveMegabyteBodyIsRefusedWith413BeforeAnyServiceReadsIt() {
        directory.write("body-county", Status.ACTIVE);
        HttpResponse<String> tooLarge = gateway.send(
                "POST",
                "/api/v1/tenants/body-county/matters",
                json(5 * 1024 * 1024),
                AUTHORIZATION,
                tokens.staff("body-county"));

        assertProblem(tooLarge, 413, "content-too-large");
        assertThat(caseService.forwarded()).isEmpty();
    }

    @Test
    void aStreamedBodyWithoutALengthIsRefusedOnceItPassesTheLimit() {
        directory.write("body-county", Status.ACTIVE);
        byte[] body = json(3 * 1024 * 1024).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> tooLarge = gateway.sendBody(
                "POST",
                "/api/v1/tenants/body-county/matters",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)),
                "application/json",
                AUTHORIZATION,
                tokens.staff("body-county"));

        assertProblem(tooLarge, 413, "content-too-large");
        assertThat(caseService.forwarded())
                .as("nothing reached the service whole")
                .allSatisfy(received -> assertThat(received.body().length()).isLessThan(body.length));
    }

    @Test
    void bodiesWithinTheLimitPassWholeAndTheConfigurationRouteTakesLargerOnes() {
        directory.write("body-county", Status.ACTIVE);
        String matter = json(900 * 1024);
        HttpResponse<String> registered = gateway.send(
                "POST", "/api/v1/tenants/body-county/matters", matter, AUTHORIZATION, tokens.staff("body-county"));
        String workbook = json(4 * 1024 * 1024);
        HttpResponse<String> configured = gateway.send(
                "PUT",
                "/api/v1/tenants/body-county/configuration-workbook",
                workbook,
                AUTHORIZATION,
                tokens.bearer(
                        Tokens.person("TENANT_ADMIN", "body-county", TenantDirectoryFixture.PROVINCE, "config:write")));

        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        assertThat(caseService.forwarded()).singleElement().satisfies(received -> assertThat(received.body())
                .isEqualTo(matter));
        assertThat(configured.statusCode()).as(configured.body()).isEqualTo(200);
        assertThat(tenantService.forwarded()).singleElement().satisfies(received -> assertThat(received.body())
                .hasSize(workbook.length()));
    }
}
