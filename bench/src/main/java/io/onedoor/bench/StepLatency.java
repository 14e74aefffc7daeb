package io.onedoor.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The latency of each step of a matter's life through the gateway: matters are started at a
 * fixed rate (open loop: a slow matter does not delay the next one's start), and each is worked
 * from registration to the follow-up visit by the window's staff, one step after the other, as
 * the console would. Then the cost of reading the timeline of a matter with 200 steps.
 */
final class StepLatency {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String REGISTRATION = """
            {"channel":"WALK_IN","categoryCode":"labor.wage-arrears",
             "description":"窗口受理：某工地拖欠农民工工资，请求协调支付。",
             "amountFen":4160000,"orgUnitCode":"%s",
             "parties":[{"kind":"PERSON","role":"APPLICANT","name":"张某","phone":"13904751234"},
                        {"kind":"ORGANIZATION","role":"RESPONDENT","name":"某水利工程承包方"}]}
            """;

    /** The steps after registration, in order: name, path below the matter, body. */
    private static final List<String[]> STEPS = List.of(
            new String[] {"triageMatter", "/triage", "{\"reason\":\"窗口确认为拖欠工资\"}"},
            new String[] {
                "dispatchMatter",
                "/dispatch",
                "{\"leadDepartment\":\"human-resources\",\"coHandlers\":[],\"reason\":\"人社局牵头\"}"
            },
            new String[] {"signAssignment", "/assignments/{assignment}/signature", "{}"},
            new String[] {"completeAssignment", "/assignments/{assignment}/completion", "{\"summary\":\"已核实\"}"},
            new String[] {"recordOutcome", "/outcome", "{\"kind\":\"MEDIATED_AGREEMENT\",\"summary\":\"达成协议\"}"},
            new String[] {"closeMatter", "/closure", "{}"},
            new String[] {"recordFollowUp", "/follow-ups", "{\"satisfaction\":\"SATISFIED\"}"});

    private final URI gateway;
    private final String tenant;
    private final String orgUnit;
    private final String staffToken;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    StepLatency(URI gateway, String tenant, String orgUnit, String staffToken) {
        this.gateway = gateway;
        this.tenant = tenant;
        this.orgUnit = orgUnit;
        this.staffToken = staffToken;
    }

    /** Starts {@code perSecond} matters a second for {@code duration}, works each to the end, prints the steps. */
    void run(int perSecond, Duration duration) throws Exception {
        Map<String, List<Double>> latencies = new LinkedHashMap<>();
        latencies.put("registerMatter", Collections.synchronizedList(new ArrayList<>()));
        STEPS.forEach(step -> latencies.put(step[0], Collections.synchronizedList(new ArrayList<>())));
        AtomicInteger failed = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        int total = (int) (duration.toSeconds() * perSecond);
        long interval = 1_000_000_000L / perSecond;
        try (ExecutorService matters = Executors.newVirtualThreadPerTaskExecutor()) {
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long wait = start + i * interval - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                matters.submit(() -> {
                    try {
                        work(latencies);
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        if (failures.size() < 3) {
                            failures.add(e.getMessage());
                        }
                    }
                });
            }
            matters.shutdown();
            matters.awaitTermination(5, TimeUnit.MINUTES);
        }
        System.out.printf(
                "%nThe steps of a matter's life through the gateway, %d matters started a second for %d s"
                        + " (%d matters, each worked from registration to follow-up; %d failed):%n",
                perSecond, duration.toSeconds(), total, failed.get());
        failures.forEach(failure -> System.out.println("  failure: " + failure));
        System.out.printf("  %-20s %7s %9s %9s %9s%n", "step", "count", "p50 ms", "p95 ms", "p99 ms");
        latencies.forEach((step, millis) -> System.out.printf(
                "  %-20s %7d %9.2f %9.2f %9.2f%n",
                step,
                millis.size(),
                Percentiles.of(millis, 50),
                Percentiles.of(millis, 95),
                Percentiles.of(millis, 99)));
    }

    /** One matter, from registration to its follow-up visit. */
    private void work(Map<String, List<Double>> latencies) throws Exception {
        Answer registered =
                send("POST", "/api/v1/tenants/" + tenant + "/matters", REGISTRATION.formatted(orgUnit), null);
        latencies.get("registerMatter").add(registered.millis());
        JsonNode matter = registered.expect(201);
        String path =
                "/api/v1/tenants/" + tenant + "/matters/" + matter.path("id").asString();
        String assignment = "";
        for (String[] step : STEPS) {
            Answer answer = send(
                    "POST",
                    path + step[1].replace("{assignment}", assignment),
                    step[2],
                    "\"" + matter.path("version").asLong() + "\"");
            latencies.get(step[0]).add(answer.millis());
            matter = answer.expect(200);
            if (step[0].equals("dispatchMatter")) {
                assignment = matter.path("assignments").get(0).path("id").asString();
            }
        }
    }

    /** The time to read the timeline of one matter with {@code steps} steps, read {@code reads} times. */
    void timeline(int steps, int reads) throws Exception {
        JsonNode matter = send("POST", "/api/v1/tenants/" + tenant + "/matters", REGISTRATION.formatted(orgUnit), null)
                .expect(201);
        String path =
                "/api/v1/tenants/" + tenant + "/matters/" + matter.path("id").asString();
        // Triage may be confirmed again and again before dispatch: one step each.
        for (int i = 1; i < steps; i++) {
            matter = send(
                            "POST",
                            path + "/triage",
                            "{\"reason\":\"第" + i + "次复核分类\"}",
                            "\"" + matter.path("version").asLong() + "\"")
                    .expect(200);
        }
        List<Double> millis = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < reads; i++) {
            Answer answer = send("GET", path + "/timeline", null, null);
            JsonNode timeline = answer.expect(200);
            if (timeline.path("items").size() != steps) {
                throw new IllegalStateException(
                        "the timeline has " + timeline.path("items").size() + " steps");
            }
            millis.add(answer.millis());
            bytes = answer.body().getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.printf(
                "%nA timeline of %d steps through the gateway, read %d times one after another:%n"
                        + "  %d bytes of JSON; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                steps,
                reads,
                bytes,
                Percentiles.of(millis, 50),
                Percentiles.of(millis, 95),
                Percentiles.of(millis, 99));
    }

    private Answer send(String method, String path, String body, String ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + staffToken)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), (System.nanoTime() - start) / 1e6, path);
    }

    private record Answer(int status, String body, double millis, String path) {

        JsonNode expect(int expected) {
            if (status != expected) {
                throw new IllegalStateException(path + " answered " + status + ": " + body);
            }
            return JSON.readTree(body);
        }
    }
}
