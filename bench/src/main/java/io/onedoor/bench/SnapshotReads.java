package io.onedoor.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How big a center's configuration snapshot is and how long tenant-service takes to build and
 * serve it (its internal endpoint, the path case-service falls back on when Redis lacks it; the
 * intake path reads a local copy and Redis, and is measured by the registration load).
 */
final class SnapshotReads {

    private SnapshotReads() {}

    /** Reads with case-service's service token, as case-service's fallback does. */
    static void run(URI tenantService, String serviceToken, List<String> tenants, int reads) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        List<Double> millis = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < reads; i++) {
            String tenant = tenants.get(i % tenants.size());
            HttpRequest request = HttpRequest.newBuilder(
                            tenantService.resolve("/internal/v1/tenant-configurations/" + tenant))
                    .header("Authorization", "Bearer " + serviceToken)
                    .build();
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            millis.add((System.nanoTime() - start) / 1e6);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("snapshot of " + tenant + " answered " + response.statusCode());
            }
            bytes = response.body().length;
        }
        System.out.printf(
                "%nConfiguration snapshot (standard-county template), %d reads of tenant-service's internal endpoint:%n",
                reads);
        System.out.printf(
                "  size %d bytes of JSON; build and serve: median %.1f ms, p95 %.1f ms%n",
                bytes, Percentiles.of(millis, 50), Percentiles.of(millis, 95));
    }
}
