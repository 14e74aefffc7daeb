package io.onedoor.bench;

import io.onedoor.client.tenants.TenantsApi;
import io.onedoor.client.tenants.model.ProvisioningStep;
import io.onedoor.client.tenants.model.Tenant;
import io.onedoor.client.tenants.model.TenantLevel;
import io.onedoor.client.tenants.model.TenantOnboarding;
import io.onedoor.launcher.DemoCredentials;
import io.onedoor.launcher.DemoProvince;
import io.onedoor.launcher.Infrastructure;
import io.onedoor.launcher.Platform;
import io.onedoor.launcher.Secrets;
import io.onedoor.launcher.ServiceJars;
import io.onedoor.launcher.TenantSetup;
import io.onedoor.launcher.Tokens;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The platform's benchmark. Starts its own platform (the services' runnable jars from this
 * checkout) on a fresh database, then prints:
 *
 * <ol>
 *   <li>onboarding time per tenant, median and p95 over {@code bench.tenants} onboardings through
 *       the gateway, with the median of each provisioning step;
 *   <li>matter registration at a fixed request rate ({@code bench.rate} per second for {@code
 *       bench.seconds}, after a warm-up of each path), open loop, through the gateway and directly against
 *       case-service, what the gateway adds and the ratio of the two;
 *   <li>the latency of each step of a matter's life through the gateway ({@link StepLatency}, at
 *       {@code bench.step-rate} matters a second; skipped with {@code -Dbench.steps=false}) and the
 *       cost of reading a timeline of 200 steps;
 *   <li>the highest rate each path sustains ({@link SustainedRate}), their ratio, and pgbench's
 *       single-row insert rate at 8 clients on the same PostgreSQL with the platform's share of it
 *       (skipped with {@code -Dbench.search=false});
 *   <li>the configuration snapshot's size and serving time.
 * </ol>
 *
 * <p>{@code -Dbench.jfr=<folder>} records each service with JFR during the fixed-rate runs and
 * the steps; {@code -Dbench.pg-log=<PostgreSQL's log file>} counts the SQL statements of each
 * direct registration.
 *
 * <p>Run: {@code mvn -q install -DskipTests && mvn -q -pl bench exec:java
 * [-Dbench.tenants=100 -Dbench.rate=100 -Dbench.seconds=20]}.
 */
public final class Bench {

    private Bench() {}

    public static void main(String[] args) throws Exception {
        int tenantCount = Integer.getInteger("bench.tenants", 100);
        int rate = Integer.getInteger("bench.rate", 100);
        int seconds = Integer.getInteger("bench.seconds", 20);
        int warmup = Integer.getInteger("bench.warmup", 20);
        // Enough requests for the JIT to compile the hot paths of both services (a few thousand
        // at the measured rate are not): a gateway in production is warm.
        int warmupRate = Integer.getInteger("bench.warmup-rate", 300);

        Path root = Path.of(System.getProperty("onedoor.home", ".."))
                .toAbsolutePath()
                .normalize();
        if (!Files.isDirectory(root.resolve("case-service"))) {
            root = Path.of("").toAbsolutePath();
        }
        Path state = Files.createTempDirectory("onedoor-bench");
        String database = "onedoor_bench_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        Infrastructure.Database db = freshDatabase(database);
        String pgLog = System.getProperty("bench.pg-log");
        StatementLog statements = pgLog == null ? null : StatementLog.enable(Path.of(pgLog), database);
        Infrastructure.Redis redis = new Infrastructure.Redis("127.0.0.1", 6379, 14, "local");

        System.out.printf(
                "OneDoor benchmark: %d cores, %s; database %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), database);
        Secrets secrets = Secrets.random();
        Map<String, String> env = new HashMap<>();
        // Benchmarks measure the platform, not the default per-tenant and per-client limits (each
        // load tenant's one client sends a tenth of the load: 50/s would refuse it above 500/s).
        env.put(
                "SPRING_APPLICATION_JSON",
                "{\"onedoor.gateway.rate-limit.default.replenish-rate\":100000,"
                        + "\"onedoor.gateway.rate-limit.default.burst-capacity\":200000,"
                        + "\"onedoor.gateway.rate-limit.client-default.replenish-rate\":100000,"
                        + "\"onedoor.gateway.rate-limit.client-default.burst-capacity\":200000}");
        try (Platform platform = Platform.start(
                new Platform.Settings(
                        ServiceJars.fromRepository(root),
                        Platform.Operator.demo(),
                        db,
                        redis,
                        secrets,
                        new Platform.Ports(freePort(), freePort(), freePort()),
                        state.resolve("logs"),
                        env,
                        serviceJvmOptions()),
                // A busy machine (a build beside the bench) can take minutes to start three JVMs.
                Duration.ofSeconds(Integer.getInteger("bench.startup-seconds", 180)))) {
            DemoProvince province = new DemoProvince(
                    platform.gatewayUri(),
                    DemoCredentials.transientOnes(),
                    Platform.Operator.demo().clientId(),
                    secrets.operatorClientSecret());
            Map<String, String> divisions = onboarding(platform.gatewayUri(), province.operatorToken(), tenantCount);
            List<String> codes = List.copyOf(divisions.keySet());
            List<String> loadTenants = codes.subList(0, Math.min(10, codes.size()));
            // Access tokens live 5 minutes and the whole bench runs longer: fetched again when old.
            TenantSetup clients = integratorClients(province, loadTenants);
            Supplier<Map<String, String>> tokens =
                    fresh(() -> integratorTokens(clients, loadTenants), Duration.ofMinutes(3));
            // Both paths warm up before either is measured, so neither gets the other's JIT warm-up.
            var gatewayLoad = new RegistrationLoad(platform.gatewayUri(), tokens, divisions);
            var directLoad = new RegistrationLoad(platform.caseServiceUri(), tokens, divisions);
            gatewayLoad.run(warmupRate, Duration.ofSeconds(warmup));
            directLoad.run(warmupRate, Duration.ofSeconds(warmup));
            String jfr = System.getProperty("bench.jfr");
            int rounds = Integer.getInteger("bench.rounds", 4);
            if (statements != null) {
                statements.mark();
            }
            PairedRuns.Both paired = recorded(
                    jfr,
                    platform,
                    "paired",
                    () -> PairedRuns.run(
                            gatewayLoad,
                            directLoad,
                            platform.services(),
                            rate,
                            rounds,
                            Duration.ofSeconds(Math.max(1, seconds / rounds))));
            RegistrationLoad.Result viaGateway = paired.viaGateway().result();
            RegistrationLoad.Result direct = paired.direct().result();
            var gatewayCpuPerRequest = paired.viaGateway().cpuPerRequest();
            var directCpuPerRequest = paired.direct().cpuPerRequest();
            String statementsPerRequest =
                    statements == null ? null : statements.perRequest(direct.sent() + viaGateway.sent());
            System.out.printf(
                    "%nMatter registration at %d requests/s for %d s on each path, in %d alternating rounds (after %d s at %d/s warming up each path), %d tenants:%n",
                    rate, seconds, rounds, warmup, warmupRate, loadTenants.size());
            System.out.println("  " + RegistrationLoad.Result.header());
            System.out.println("  " + viaGateway.row("via gateway"));
            System.out.println("  " + direct.row("direct"));
            System.out.println("  via gateway: " + CpuUsage.format(gatewayCpuPerRequest));
            System.out.println("  direct:      " + CpuUsage.format(directCpuPerRequest));
            if (statementsPerRequest != null) {
                System.out.println("  both paths:  " + statementsPerRequest);
            }
            System.out.printf(
                    "  the gateway adds: p50 %+.2f ms, p95 %+.2f ms, p99 %+.2f ms (targets: p50 <= 2 ms, p99 <= 5 ms)%n",
                    viaGateway.p50() - direct.p50(), viaGateway.p95() - direct.p95(), viaGateway.p99() - direct.p99());
            System.out.printf(
                    "  gateway/direct latency ratio: p50 %.2f, p95 %.2f, p99 %.2f; throughput ratio %.2f%n",
                    viaGateway.p50() / direct.p50(),
                    viaGateway.p95() / direct.p95(),
                    viaGateway.p99() / direct.p99(),
                    viaGateway.throughput() / direct.throughput());
            if (Boolean.parseBoolean(System.getProperty("bench.steps", "true"))) {
                String tenant = loadTenants.getFirst();
                String division = divisions.get(tenant);
                clients.account(clients.login("admin@" + tenant), tenant, "window", "基准测试受理窗口", "STAFF", division);
                var steps = new StepLatency(platform.gatewayUri(), tenant, division, clients.login("window@" + tenant));
                recorded(jfr, platform, "steps", () -> {
                    steps.run(
                            Integer.getInteger("bench.step-rate", 10),
                            Duration.ofSeconds(Integer.getInteger("bench.step-seconds-total", 20)));
                    return null;
                });
                steps.timeline(200, 200);
            }
            if (!Boolean.parseBoolean(System.getProperty("bench.search", "true"))) {
                SnapshotReads.run(
                        platform.tenantServiceUri(),
                        new Tokens(platform.tenantServiceUri())
                                .clientCredentials("case-service", secrets.caseServiceSecret()),
                        loadTenants,
                        500);
                return;
            }
            List<Integer> rates = java.util.Arrays.stream(
                            System.getProperty("bench.rates", "100,200,400,600,800,1000,1200,1400,1700,2000,2500,3000")
                                    .split(","))
                    .map(String::trim)
                    .map(Integer::valueOf)
                    .toList();
            Duration perStep = Duration.ofSeconds(Integer.getInteger("bench.step-seconds", 10));
            int refinements = Integer.getInteger("bench.refinements", 3);
            System.out.printf(
                    "%nHighest sustained registration rate (every request 201, p99 < %.0f ms, >= 95 %% of the offered rate served),"
                            + " stepping %s/s for %d s each, then narrowing %d times:%n",
                    SustainedRate.P99_LIMIT_MS, rates, perStep.toSeconds(), refinements);
            System.out.println("  direct:");
            System.out.println("    " + RegistrationLoad.Result.header());
            settle(database);
            SustainedRate.Found directMax = SustainedRate.of(directLoad, rates, refinements, perStep);
            System.out.println("  via gateway:");
            System.out.println("    " + RegistrationLoad.Result.header());
            settle(database);
            SustainedRate.Found gatewayMax = SustainedRate.of(gatewayLoad, rates, refinements, perStep);
            int pgSeconds = Integer.getInteger("bench.pgbench-seconds", 10);
            double pgbench = PgbenchInserts.rate(database, pgSeconds);
            System.out.printf("%nSustained registrations per second:%n");
            System.out.printf("  direct      %6d/s (target >= 1000/s)%n", directMax.rate());
            System.out.printf(
                    "  via gateway %6d/s, %.0f %% of direct (target >= 75 %%)%n",
                    gatewayMax.rate(), 100.0 * gatewayMax.rate() / Math.max(1, directMax.rate()));
            System.out.printf(
                    "  pgbench, single-row inserts at 8 clients for %d s on the same PostgreSQL: %.0f/s;"
                            + " direct registration is %.1f %% of it, via gateway %.1f %%%n",
                    pgSeconds, pgbench, 100.0 * directMax.rate() / pgbench, 100.0 * gatewayMax.rate() / pgbench);
            SnapshotReads.run(
                    platform.tenantServiceUri(),
                    new Tokens(platform.tenantServiceUri())
                            .clientCredentials("case-service", secrets.caseServiceSecret()),
                    loadTenants,
                    500);
        } finally {
            try (var connection =
                            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                    var statement = connection.createStatement()) {
                statement.execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    /**
     * JVM options for every service besides the platform's own ({@code -Dbench.service-jvm-options},
     * space-separated), to compare settings in one harness.
     */
    private static List<String> serviceJvmOptions() {
        String options = System.getProperty("bench.service-jvm-options", "").trim();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /**
     * Lets the database finish what the previous search left it (a search ends by overloading a
     * path: tens of thousands of rows whose checkpoint and autovacuum would otherwise land in the
     * next search's first steps), so neither path is measured in the other's aftermath.
     */
    private static void settle(String database) throws Exception {
        try (var connection =
                        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("checkpoint");
        }
        Thread.sleep(Duration.ofSeconds(Integer.getInteger("bench.settle-seconds", 10)));
    }

    /** A measured run, recorded with JFR by every service if {@code bench.jfr} names a folder. */
    private static <T> T recorded(String folder, Platform platform, String label, Measured<T> run) throws Exception {
        if (folder == null) {
            return run.result();
        }
        var recordings = FlightRecordings.start(Path.of(folder), platform.services(), label);
        try {
            return run.result();
        } finally {
            recordings.stop();
        }
    }

    @FunctionalInterface
    private interface Measured<T> {
        T result() throws Exception;
    }

    /** The value, obtained again once it is older than {@code maxAge}. */
    private static <T> Supplier<T> fresh(Measured<T> obtain, Duration maxAge) throws Exception {
        var current = new java.util.concurrent.atomic.AtomicReference<T>(obtain.result());
        var obtained = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
        return () -> {
            if (System.nanoTime() - obtained.get() > maxAge.toNanos()) {
                try {
                    current.set(obtain.result());
                } catch (Exception e) {
                    throw new IllegalStateException("could not obtain the load's tokens again", e);
                }
                obtained.set(System.nanoTime());
            }
            return current.get();
        };
    }

    /** A 12345-hotline client per load tenant, set up as a tenant admin would. */
    private static TenantSetup integratorClients(DemoProvince province, List<String> tenants) throws Exception {
        TenantSetup setup = province.setup();
        String operator = province.operatorToken();
        for (String tenant : tenants) {
            setup.account(operator, tenant, "admin", "基准测试管理员", "TENANT_ADMIN", null);
            String admin = setup.login("admin@" + tenant);
            setup.client(admin, tenant, "bench-" + tenant, List.of("cases:write"));
        }
        return setup;
    }

    /** A token of each load tenant's 12345-hotline client. */
    private static Map<String, String> integratorTokens(TenantSetup setup, List<String> tenants) throws Exception {
        Map<String, String> tokens = new java.util.LinkedHashMap<>();
        for (String tenant : tenants) {
            tokens.put(tenant, setup.clientToken("bench-" + tenant));
        }
        return tokens;
    }

    private static Map<String, String> onboarding(URI gateway, String operatorToken, int count) throws Exception {
        TenantsApi tenants = new TenantsApi(DemoProvince.client(gateway, operatorToken));
        // Two cities (Chifeng 150400, Tongliao 150500) hold up to 98 counties each.
        tenants.onboardTenant(city("bench-chifeng", "150400"));
        tenants.onboardTenant(city("bench-tongliao", "150500"));
        List<Double> millis = new ArrayList<>();
        Map<ProvisioningStep.NameEnum, List<Double>> steps = new EnumMap<>(ProvisioningStep.NameEnum.class);
        Map<String, String> codes = new java.util.LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String city = i % 2 == 0 ? "bench-chifeng" : "bench-tongliao";
            String division = (i % 2 == 0 ? "1504" : "1505") + "%02d".formatted(i / 2 + 1);
            String code = "bench-county-%03d".formatted(i + 1);
            long start = System.nanoTime();
            Tenant tenant = tenants.onboardTenant(new TenantOnboarding()
                    .code(code)
                    .name("基准测试县级中心 " + (i + 1))
                    .divisionCode(division)
                    .level(TenantLevel.COUNTY)
                    .parentCode(city)
                    .provinceCode("150000")
                    .template("standard-county"));
            millis.add((System.nanoTime() - start) / 1e6);
            for (ProvisioningStep step : tenant.getProvisioning().getSteps()) {
                if (step.getDurationMs() != null) {
                    steps.computeIfAbsent(step.getName(), k -> new ArrayList<>())
                            .add(step.getDurationMs().doubleValue());
                }
            }
            codes.put(code, division);
        }
        System.out.printf("%nOnboarding through the gateway, %d tenants one after another:%n", count);
        System.out.printf(
                "  per tenant: median %.0f ms, p95 %.0f ms, max %.0f ms%n",
                Percentiles.of(millis, 50), Percentiles.of(millis, 95), Percentiles.of(millis, 100));
        steps.forEach((step, durations) -> System.out.printf(
                "    %-24s median %5.0f ms, p95 %5.0f ms%n",
                step, Percentiles.of(durations, 50), Percentiles.of(durations, 95)));
        return codes;
    }

    private static TenantOnboarding city(String code, String division) {
        return new TenantOnboarding()
                .code(code)
                .name("基准测试市级中心 " + division)
                .divisionCode(division)
                .level(TenantLevel.CITY)
                .provinceCode("150000")
                .template("standard-city");
    }

    private static Infrastructure.Database freshDatabase(String name) throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return new Infrastructure.Database("jdbc:postgresql://127.0.0.1:5432/" + name, "postgres", "", "local");
    }

    private static int freePort() {
        return io.onedoor.launcher.FreePorts.next();
    }
}
