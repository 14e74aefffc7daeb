package io.onedoor.bench;

import io.netty.buffer.Unpooled;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Registers matters at a fixed rate, open loop: each request is sent at its scheduled time
 * whether or not earlier ones have answered, and its latency counts from that scheduled time, so
 * a slow server cannot hide its queueing (no coordinated omission).
 */
final class RegistrationLoad {

    private static final String BODY = """
            {"channel":"HOTLINE_12345","categoryCode":"labor.wage-arrears",
             "description":"12345热线转办：某工地拖欠农民工工资，请求协调支付。",
             "amountFen":4160000,"orgUnitCode":"%s",
             "parties":[{"kind":"PERSON","role":"APPLICANT","name":"张某","idNumber":"150502197908210468",
                         "phone":"13904751234"},
                        {"kind":"ORGANIZATION","role":"RESPONDENT","name":"某水利工程承包方"}]}
            """;

    private final URI base;
    private final List<String> tenants;
    private final Supplier<Map<String, String>> tokens;
    /**
     * Keep-alive connections, at most {@value #CONNECTIONS} to the server, as an integrator's
     * client keeps them; a request waits for a free one (and that wait counts in its latency).
     * java.net.http opened a connection for every request in flight (thousands under load) and
     * spent up to a core of this 2-core machine doing it.
     */
    private final HttpClient http;

    private static final int CONNECTIONS = 256;

    private final Map<String, String> divisions;

    /**
     * Loads the given tenants, each with its integrator's bearer token; matters are registered
     * at each center's own unit, coded with its division.
     */
    RegistrationLoad(URI base, Supplier<Map<String, String>> tokens, Map<String, String> divisions) {
        this.base = base;
        this.tenants = List.copyOf(tokens.get().keySet());
        this.tokens = tokens;
        this.divisions = divisions;
        this.http = HttpClient.create(ConnectionProvider.builder("bench-" + base.getPort())
                        .maxConnections(CONNECTIONS)
                        .pendingAcquireMaxCount(-1)
                        .pendingAcquireTimeout(Duration.ofSeconds(30))
                        .maxIdleTime(Duration.ofSeconds(10))
                        .build())
                .baseUrl(base.toString())
                .responseTimeout(Duration.ofSeconds(30))
                .option(io.netty.channel.ChannelOption.CONNECT_TIMEOUT_MILLIS, 5000);
    }

    /** What one measured run saw. */
    record Result(int sent, int succeeded, int failed, double seconds, List<Double> latencies) {

        double throughput() {
            return succeeded / seconds;
        }

        /** Two runs' requests together, as one longer run. */
        Result plus(Result other) {
            List<Double> both = new ArrayList<>(latencies);
            both.addAll(other.latencies);
            return new Result(
                    sent + other.sent,
                    succeeded + other.succeeded,
                    failed + other.failed,
                    seconds + other.seconds,
                    both);
        }

        static Result none() {
            return new Result(0, 0, 0, 0, List.of());
        }

        double p50() {
            return Percentiles.of(latencies, 50);
        }

        double p95() {
            return Percentiles.of(latencies, 95);
        }

        double p99() {
            return Percentiles.of(latencies, 99);
        }

        static String header() {
            return "%-12s %8s %8s %8s %10s %9s %9s %9s %9s"
                    .formatted("", "sent", "201", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms");
        }

        String row(String label) {
            return "%-12s %8d %8d %8d %10.1f %9.2f %9.2f %9.2f %9.2f"
                    .formatted(
                            label,
                            sent,
                            succeeded,
                            failed,
                            throughput(),
                            p50(),
                            p95(),
                            p99(),
                            Percentiles.of(latencies, 100));
        }
    }

    Result run(int perSecond, Duration duration) throws InterruptedException {
        // Taken once a run, outside the timed loop: tokens live minutes, a run seconds.
        Map<String, String> tokens = this.tokens.get();
        long intervalNanos = 1_000_000_000L / perSecond;
        int total = (int) (duration.toSeconds() * perSecond);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>(total));
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * intervalNanos;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String tenant = tenants.get(i % tenants.size());
            byte[] body = BODY.formatted(divisions.get(tenant)).getBytes(StandardCharsets.UTF_8);
            String authorization = "Bearer " + tokens.get(tenant);
            inFlight.add(http.headers(headers ->
                            headers.set("Content-Type", "application/json").set("Authorization", authorization))
                    .post()
                    .uri("/api/v1/tenants/" + tenant + "/matters")
                    .send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(body)))
                    .responseSingle((response, content) ->
                            content.then(Mono.just(response.status().code())))
                    .toFuture()
                    .whenComplete((status, error) -> {
                        if (error == null && status == 201) {
                            ok.incrementAndGet();
                            latencies.add((System.nanoTime() - scheduled) / 1e6);
                        } else {
                            failed.incrementAndGet();
                        }
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                .exceptionally(e -> null)
                .join();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(total, ok.get(), failed.get(), seconds, new ArrayList<>(latencies));
    }
}
