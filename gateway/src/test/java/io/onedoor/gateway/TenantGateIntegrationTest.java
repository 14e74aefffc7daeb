package io.onedoor.gateway;

import static io.onedoor.gateway.GatewayClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.support.tenancy.TenantDirectoryEntry;
import io.onedoor.support.tenancy.TenantDirectoryEntry.Status;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class TenantGateIntegrationTest extends GatewayIntegrationTest {

    @Test
    void unknownTenantIs404AndNeverForwarded() {
        // A token for the tenant it names: the one refusal left is that the tenant does not exist.
        String token = tokens.staff("ghost-county");
        HttpResponse<String> first = gateway.get("/api/v1/tenants/ghost-county/matters", AUTHORIZATION, token);
        HttpResponse<String> second = gateway.get(
                "/api/v1/tenants/ghost-county/matters/0b7f6a52-4a38-4c55-9b3e-2f0c1d6e8a91", AUTHORIZATION, token);

        assertProblem(first, 404, "tenant-not-found");
        assertProblem(second, 404, "tenant-not-found");
        assertThat(first.body()).doesNotContain("ghost");
        assertThat(caseService.forwarded()).isEmpty();
        // Asked tenant-service once; the answer is remembered briefly, so the second request did not ask.
        assertThat(tenantService.directoryLookups()).hasSize(1);
        assertThat(directory.stored("ghost-county")).isEqualTo(TenantDirectoryEntry.UNKNOWN_MARKER);
        assertThat(directory.timeToLive("ghost-county")).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void suspendedTenantIs403AndNeverForwarded() {
        directory.write("paused-county", Status.SUSPENDED);

        HttpResponse<String> response = gateway.send(
                "POST", "/api/v1/tenants/paused-county/matters", "{}", AUTHORIZATION, tokens.staff("paused-county"));

        JsonNode problem = assertProblem(response, 403, "tenant-suspended");
        assertThat(problem.toString()).doesNotContain("paused");
        assertThat(caseService.forwarded()).isEmpty();
        assertThat(tenantService.directoryLookups()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "PROVISIONING, 503, tenant-not-ready",
        "FAILED,       503, tenant-not-ready",
        "ARCHIVED,     410, tenant-archived"
    })
    void tenantsNotInServiceAreRefusedAndNeverForwarded(Status status, int httpStatus, String kind) {
        String tenant = "not-" + status.name().toLowerCase();
        directory.write(tenant, status);

        HttpResponse<String> response =
                gateway.get("/api/v1/tenants/" + tenant + "/matters", AUTHORIZATION, tokens.staff(tenant));

        assertProblem(response, httpStatus, kind);
        if (httpStatus == 503) {
            assertThat(response.headers().firstValue("Retry-After"))
                    .hasValueSatisfying(
                            seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        }
        assertThat(caseService.forwarded()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Xj-altay", // upper case
                "XJ-ALTAY",
                "xj%2Daltay", // the well-formed code, percent-encoded
                "xj%2daltay",
                "%D1%85j-altay", // Cyrillic "х" in place of the Latin "x"
                "xj-altay'", // quote
                "%22xj-altay%22",
                "xj-altay;drop", // path parameter, stripped by route matching
                "xj-altay%3Bdrop",
                "public", // reserved schema names
                "pg_catalog",
                "pg-catalog",
                "..", // path traversal
                "%2E%2E"
            })
    void malformedTenantCodesAre404(String rawSegment) {
        // The well-formed tenant exists and is ACTIVE, and the callers hold tokens for it: the
        // refusal is about the form of the code.
        directory.write("xj-altay", Status.ACTIVE);

        HttpResponse<String> tenantRoute =
                gateway.get("/api/v1/tenants/" + rawSegment + "/matters", AUTHORIZATION, tokens.staff("xj-altay"));
        HttpResponse<String> operatorRoute = gateway.get(
                "/api/v1/tenants/" + rawSegment, AUTHORIZATION, tokens.operator(TenantDirectoryFixture.PROVINCE));

        for (HttpResponse<String> response : List.of(tenantRoute, operatorRoute)) {
            JsonNode problem = assertProblem(response, 404, "tenant-not-found");
            String decoded = URLDecoder.decode(rawSegment, StandardCharsets.UTF_8);
            assertThat(problem.toString()).doesNotContain(rawSegment).doesNotContain(decoded);
        }
        assertThat(caseService.forwarded()).isEmpty();
        assertThat(tenantService.forwarded()).isEmpty();
        assertThat(tenantService.directoryLookups()).isEmpty();
    }

    @Test
    void newTenantIsRoutableWithinOneSecondOfActivation() {
        assertProblem(
                gateway.get("/api/v1/tenants/new-county/matters", AUTHORIZATION, tokens.staff("new-county")),
                404,
                "tenant-not-found");
        assertThat(directory.stored("new-county")).isEqualTo(TenantDirectoryEntry.UNKNOWN_MARKER);

        directory.write("new-county", Status.ACTIVE);
        long activatedAt = System.nanoTime();
        HttpResponse<String> response =
                poll("/api/v1/tenants/new-county/matters", r -> r.statusCode() == 200, Duration.ofSeconds(1));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - activatedAt)).isLessThan(Duration.ofSeconds(1));
        assertThat(caseService.forwardedFor("new-county")).isNotEmpty();
    }

    @Test
    void suspensionTakesEffectWithinOneSecond() {
        directory.write("soon-paused", Status.ACTIVE);
        assertThat(gateway.get("/api/v1/tenants/soon-paused/matters", AUTHORIZATION, tokens.staff("soon-paused"))
                        .statusCode())
                .isEqualTo(200);
        int forwardedWhileActive = caseService.forwardedFor("soon-paused").size();

        directory.write("soon-paused", Status.SUSPENDED);
        long suspendedAt = System.nanoTime();
        HttpResponse<String> response =
                poll("/api/v1/tenants/soon-paused/matters", r -> r.statusCode() == 403, Duration.ofSeconds(1));

        assertProblem(response, 403, "tenant-suspended");
        assertThat(Duration.ofNanos(System.nanoTime() - suspendedAt)).isLessThan(Duration.ofSeconds(1));
        assertProblem(
                gateway.get(
                        "/api/v1/tenants/soon-paused/matters/0b7f6a52-4a38-4c55-9b3e-2f0c1d6e8a91",
                        AUTHORIZATION,
                        tokens.staff("soon-paused")),
                403,
                "tenant-suspended");
        assertThat(caseService.forwardedFor("soon-paused")).hasSize(forwardedWhileActive);
    }

    @Test
    void missInRedisFallsBackToTenantServiceLookup() {
        String entry = TenantDirectoryFixture.json("fresh-city", Status.ACTIVE);
        tenantService.listInDirectory("fresh-city", entry);

        HttpResponse<String> first =
                gateway.get("/api/v1/tenants/fresh-city/matters", AUTHORIZATION, tokens.staff("fresh-city"));
        HttpResponse<String> second =
                gateway.get("/api/v1/tenants/fresh-city/matters", AUTHORIZATION, tokens.staff("fresh-city"));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(caseService.forwardedFor("fresh-city")).hasSize(2);
        // The answer is cached as tenant-service gave it: the second request did not ask again.
        assertThat(tenantService.directoryLookups()).hasSize(1);
        assertThat(directory.stored("fresh-city")).isEqualTo(entry);
        // No expiry, like tenant-service's own entries (Spring Data reports that as zero).
        assertThat(directory.timeToLive("fresh-city")).isEqualTo(Duration.ZERO);
        // Asked as the gateway, with its service token, never with the caller's token.
        assertThat(issuer.isServiceToken(
                        tenantService.directoryLookups().getFirst().header(AUTHORIZATION), "gateway"))
                .isTrue();
    }

    @Test
    void aLookupTenantServiceRefusesForItsCredentialIs503AndNeverForwarded() {
        tenantService.listInDirectory("refused-city", TenantDirectoryFixture.json("refused-city", Status.ACTIVE));
        tenantService.guardDirectory(authorization -> false);
        try {
            HttpResponse<String> response =
                    gateway.get("/api/v1/tenants/refused-city/matters", AUTHORIZATION, tokens.staff("refused-city"));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
            assertThat(caseService.forwardedFor("refused-city")).isEmpty();
            assertThat(directory.stored("refused-city")).isNull();
        } finally {
            tenantService.guardDirectory(authorization -> issuer.isServiceToken(authorization, "gateway"));
        }
        // The refused token was dropped: the next lookup comes with a new one and is served.
        int issued = issuer.serviceTokensIssued();
        HttpResponse<String> again =
                gateway.get("/api/v1/tenants/refused-city/matters", AUTHORIZATION, tokens.staff("refused-city"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(issuer.serviceTokensIssued()).isGreaterThan(issued);
    }

    /** Asks again and again, as the tenant's staff, until the answer is the expected one. */
    private HttpResponse<String> poll(String path, Predicate<HttpResponse<String>> done, Duration within) {
        String token = tokens.staff(path.split("/")[4]);
        long deadline = System.nanoTime() + within.toNanos();
        HttpResponse<String> response = gateway.get(path, AUTHORIZATION, token);
        while (!done.test(response) && System.nanoTime() < deadline) {
            sleep(20);
            response = gateway.get(path, AUTHORIZATION, token);
        }
        return response;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
