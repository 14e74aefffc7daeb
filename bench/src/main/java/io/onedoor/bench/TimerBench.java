package io.onedoor.bench;

import io.onedoor.launcher.Secrets;
import io.onedoor.launcher.ServiceJars;
import io.onedoor.launcher.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline engine's benchmark (ADR 0011). Builds {@code bench.timer-tenants} tenant schemas
 * with case-service's real tables and 250 matters each, starts case-service alone on them (its
 * own runnable jar, polling as configured by default), loads {@code bench.timers} pending timers
 * into the index, and prints:
 *
 * <ol>
 *   <li>the firing lag (from each timer's moment to the moment the poller marked it rung, on
 *       case-service's clock) p50/p95/p99/max of a steady stream of {@code bench.timer-rate}
 *       timers a second for {@code bench.timer-seconds}, spread over every tenant;
 *   <li>the same for a burst of {@code bench.timer-burst} timers due at one moment (every
 *       closure due on a day rings at the midnight that ends it), and the fired rate per second
 *       while it drains;
 *   <li>the statements per poll: idle (counted by PostgreSQL: the database's transactions over
 *       20 s of polling, every one of the poller's statements being one), with the claim's plan,
 *       and under load (counted by the poller itself, from its debug log: claims, tenant
 *       transactions and its own statements; each tenant transaction also costs its commit, two
 *       schema switches and one update of its matters' lights).
 * </ol>
 *
 * <p>Every timer belongs to a bench matter and is a yellow or red of its response or closure
 * clock, so each alarm does what a real one does: the tenant's transaction, the exactly-once
 * mark, and the matter's light updated in the tenant's schema ({@code MatterLights}).
 *
 * <p>Run: {@code mvn -q install -DskipTests && mvn -q -pl bench exec:java -Dbench.main=io.onedoor.bench.TimerBench
 * [-Dbench.timer-tenants=1000 -Dbench.timers=1000000
 * -Dbench.timer-rate=500 -Dbench.timer-seconds=60 -Dbench.timer-burst=50000]}.
 */
public final class TimerBench {

    private static final Pattern POLL = Pattern.compile(
            "(\\d+) timers rang in (\\d+) ms: (\\d+) claims, (\\d+) tenant transactions, (\\d+) statements");

    private TimerBench() {}

    public static void main(String[] args) throws Exception {
        int tenants = Integer.getInteger("bench.timer-tenants", 1000);
        int timers = Integer.getInteger("bench.timers", 1_000_000);
        int rate = Integer.getInteger("bench.timer-rate", 500);
        int seconds = Integer.getInteger("bench.timer-seconds", 60);
        int burst = Integer.getInteger("bench.timer-burst", 50_000);
        int stream = rate * seconds;
        int perTenant = timers / tenants;
        if (perTenant % 4 != 0 || stream + burst >= timers) {
            throw new IllegalArgumentException("timers must be 4 per matter and more than the stream and the burst");
        }
        Path root = Path.of(System.getProperty("onedoor.home", ".."))
                .toAbsolutePath()
                .normalize();
        if (!Files.isDirectory(root.resolve("case-service"))) {
            root = Path.of("").toAbsolutePath();
        }
        String database =
                "onedoor_bench_timers_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        String url = "jdbc:postgresql://127.0.0.1:5432/" + database;
        admin("create database " + database);
        System.out.printf(
                "OneDoor timer benchmark: %d cores, %s; database %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), database);
        try {
            long started = System.nanoTime();
            new TenantSchemas(url, root).create(tenants, perTenant / 4);
            System.out.printf(
                    "%d tenant schemas with %d matters each made in %.1f s%n",
                    tenants, perTenant / 4, seconds(started));

            Path logs = Files.createTempDirectory("onedoor-timer-bench");
            try (ServiceProcess caseService = startCaseService(root, url, logs)) {
                started = System.nanoTime();
                caseService.awaitHealthy(Duration.ofSeconds(Integer.getInteger("bench.startup-seconds", 300)));
                System.out.printf(
                        "case-service started in %.1f s (its %d tenants' schemas checked at startup); log %s%n",
                        seconds(started), tenants, caseService.log());
                try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
                    Instant t0 = load(db, tenants, timers, stream, burst, seconds);
                    Instant burstAt = t0.plusSeconds(seconds + 15);
                    CpuUsage cpu = CpuUsage.start(List.of(caseService));
                    long logMark = Files.size(caseService.log());
                    awaitFired(db, burstAt, Duration.ofSeconds(seconds + 15 + 600));
                    Map<String, Double> cpuMillis = cpu.millisSinceStart();
                    Polls polls = Polls.read(caseService.log(), logMark).rangSomething();

                    System.out.printf("%nFiring lag (s), %d pending timers across %d tenants:%n", timers, tenants);
                    Lag steady = lag(db, t0, t0.plusSeconds(seconds));
                    System.out.printf("  steady stream, %d/s for %d s:   %s%n", rate, seconds, steady.row());
                    Lag spike = lag(db, burstAt, burstAt.plusNanos(1000));
                    System.out.printf("  burst of %d due at once:  %s%n", burst, spike.row());
                    System.out.printf(
                            "  fired rate: the burst drained in %.2f s from its first alarm, %.0f timers/s%n",
                            spike.max() - spike.min(), spike.count() / Math.max(0.001, spike.max() - spike.min()));
                    System.out.printf(
                            "  %s%n",
                            CpuUsage.format(CpuUsage.divided(cpuMillis, stream + burst))
                                    .replace("per request", "per alarm"));
                    System.out.printf(
                            "%nUnder load, as the poller counted them (its debug log): %d alarms in %d polls, %d claims"
                                    + " (batches of up to 500; a poll claims again while they come back full)%n"
                                    + "  per alarm: %.3f claims, %.3f tenant transactions, %.2f poller statements;"
                                    + " round trips %.2f (the poller's, and %.2f for each tenant transaction's commit, two"
                                    + " schema switches and one update of its matters' lights)%n",
                            polls.rang(),
                            polls.count(),
                            polls.claims(),
                            polls.claims() / (double) polls.rang(),
                            polls.transactions() / (double) polls.rang(),
                            polls.statements() / (double) polls.rang(),
                            (polls.statements() + 4.0 * polls.transactions()) / polls.rang(),
                            4.0 * polls.transactions() / polls.rang());
                    idle(db, caseService.log(), timers - stream - burst);
                }
            }
        } finally {
            if (!Boolean.getBoolean("bench.keep")) {
                admin("drop database if exists " + database + " with (force)");
            }
        }
    }

    private static ServiceProcess startCaseService(Path root, String url, Path logs) throws Exception {
        Secrets secrets = Secrets.random();
        Map<String, String> env = new HashMap<>();
        env.put("ONEDOOR_DB_URL", url);
        env.put("ONEDOOR_DB_USER", "postgres");
        env.put("ONEDOOR_DB_PASSWORD", "");
        env.put("ONEDOOR_REDIS_HOST", "127.0.0.1");
        env.put("ONEDOOR_REDIS_PORT", "6379");
        env.put("ONEDOOR_PII_KEY", secrets.piiKey());
        env.put("ONEDOOR_CURSOR_KEY", secrets.cursorKey());
        env.put("ONEDOOR_SERVICE_SECRET_CASE_SERVICE", "bench-has-no-tenant-service");
        int port = io.onedoor.launcher.FreePorts.next();
        env.put("ONEDOOR_CASE_SERVICE_PORT", Integer.toString(port));
        // The poller's own count of each poll, and a Redis database of its own.
        env.put(
                "SPRING_APPLICATION_JSON",
                "{\"logging.level.io.onedoor.cases.clocks.TimerPoller\":\"TRACE\",\"spring.data.redis.database\":13}");
        return ServiceProcess.start(
                "case-service",
                ServiceJars.fromRepository(root).caseService(),
                port,
                env,
                List.of("-Xms768m", "-Xmx768m"),
                logs);
    }

    /**
     * The pending timers: the n-th belongs to tenant n mod T, matter n div T div 4, and is the
     * yellow or red of its response or closure clock. The first {@code stream} are due a steady
     * stream from T0 on for the given seconds, the next {@code burst} all at one moment 15 s after
     * the stream, the rest in the next 30 days. Answers T0.
     */
    private static Instant load(Connection db, int tenants, int timers, int stream, int burst, int seconds)
            throws SQLException {
        String code = "'bench-' || lpad((n % " + tenants + " + 1)::text, 4, '0')";
        String insert = "insert into platform.case_timer (tenant, owner_kind, owner_id, clock, subject, phase, fire_at)"
                + " select " + code + ", 'MATTER', " + TenantSchemas.matterIdSql(code, "(n / " + tenants + " / 4)")
                + ", case when (n / " + tenants + ") % 4 < 2 then 'RESPONSE' else 'CLOSURE' end, 'matter'"
                + ", case when (n / " + tenants + ") % 2 = 0 then 'YELLOW' else 'RED' end, FIRE_AT"
                + " from generate_series(?, ?) n";
        long started = System.nanoTime();
        try (PreparedStatement future = db.prepareStatement(
                insert.replace("FIRE_AT", "now() + interval '1 day' + random() * interval '29 days'"))) {
            future.setInt(1, stream + burst);
            future.setInt(2, timers - 1);
            future.executeUpdate();
        }
        System.out.printf(
                "%d timers due in the next 30 days loaded in %.1f s%n", timers - stream - burst, seconds(started));
        Instant t0 = Instant.now().plusSeconds(20).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        started = System.nanoTime();
        try (PreparedStatement due = db.prepareStatement(insert.replace(
                "FIRE_AT",
                "case when n < ?::int then ?::timestamptz + (n::float8 / ?::int) * ?::int * interval '1 second'"
                        + " else ?::timestamptz end"))) {
            due.setInt(1, stream);
            due.setObject(2, t0.atOffset(ZoneOffset.UTC));
            due.setInt(3, Math.max(1, stream));
            due.setInt(4, seconds);
            due.setObject(5, t0.plusSeconds(seconds + 15).atOffset(ZoneOffset.UTC));
            due.setInt(6, 0);
            due.setInt(7, stream + burst - 1);
            due.executeUpdate();
        }
        System.out.printf(
                "%d timers due from %s on loaded in %.1f s; %d pending in all%n",
                stream + burst, t0, seconds(started), timers);
        try (Statement analyze = db.createStatement()) {
            analyze.execute("analyze platform.case_timer");
        }
        return t0;
    }

    private static void awaitFired(Connection db, Instant burstAt, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        try (PreparedStatement left = db.prepareStatement(
                "select count(*) from platform.case_timer where fire_at <= ? and fired_at is null")) {
            left.setObject(1, burstAt.atOffset(ZoneOffset.UTC));
            while (true) {
                if (Instant.now().isAfter(burstAt)) {
                    try (ResultSet rows = left.executeQuery()) {
                        rows.next();
                        if (rows.getLong(1) == 0) {
                            return;
                        }
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("timers still unfired after " + limit);
                }
                Thread.sleep(500);
            }
        }
    }

    /** The lag of the timers due in [from, to), in seconds. */
    private static Lag lag(Connection db, Instant from, Instant to) throws SQLException {
        try (PreparedStatement lag = db.prepareStatement("""
                select count(*),
                       percentile_cont(array[0.5, 0.95, 0.99]) within group (order by extract(epoch from fired_at - fire_at)),
                       max(extract(epoch from fired_at - fire_at)),
                       min(extract(epoch from fired_at - fire_at))
                from platform.case_timer where fire_at >= ? and fire_at < ? and fired_at is not null""")) {
            lag.setObject(1, from.atOffset(ZoneOffset.UTC));
            lag.setObject(2, to.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = lag.executeQuery()) {
                rows.next();
                Double[] p = (Double[]) rows.getArray(2).getArray();
                return new Lag(rows.getLong(1), p[0], p[1], p[2], rows.getDouble(3), rows.getDouble(4));
            }
        }
    }

    /**
     * Statements per idle poll: counted by the poller (its trace lines), cross-checked by
     * PostgreSQL (the claim's index scans, and every transaction of the database, autovacuum's
     * included); and the claim's plan.
     */
    private static void idle(Connection db, Path log, int pending) throws Exception {
        Duration window = Duration.ofSeconds(20);
        long logMark = Files.size(log);
        long[] before = counters(db);
        Thread.sleep(window);
        long[] after = counters(db);
        Polls polls = Polls.read(log, logMark);
        System.out.printf(
                "%nIdle, %d timers pending and none due, for %d s: %d polls, %.2f statements per poll (the poller's"
                        + " count); PostgreSQL saw %.2f claims a second (index scans of case_timer_due) and %.2f"
                        + " transactions a second in the whole database, autovacuum's included%n",
                pending,
                window.toSeconds(),
                polls.count(),
                polls.statements() / (double) Math.max(1, polls.count()),
                (after[0] - before[0]) / (double) window.toSeconds(),
                (after[1] - before[1] - 1) / (double) window.toSeconds());
        try (Statement explain = db.createStatement();
                ResultSet plan = explain.executeQuery("""
                        explain (analyze, buffers, costs off)
                        select id from platform.case_timer
                        where fired_at is null and fire_at <= now() and (lease_until is null or lease_until < now())
                        order by fire_at, tenant limit 500 for update skip locked""")) {
            System.out.println("  the claim's plan when nothing is due:");
            while (plan.next()) {
                System.out.println("    " + plan.getString(1));
            }
        }
    }

    /** The claim index's scans and the database's transactions so far. */
    private static long[] counters(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("""
                        select (select idx_scan from pg_stat_user_indexes where indexrelname = 'case_timer_due'),
                               (select xact_commit + xact_rollback from pg_stat_database where datname = current_database())""")) {
            row.next();
            return new long[] {row.getLong(1), row.getLong(2)};
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    record Lag(long count, double p50, double p95, double p99, double max, double min) {
        String row() {
            return "%d timers: p50 %.2f, p95 %.2f, p99 %.2f, max %.2f".formatted(count, p50, p95, p99, max);
        }
    }

    /** The poller's lines since a point of its log, one per poll (trace when idle, debug when it rang). */
    record Polls(int count, long rang, long claims, long transactions, long statements, List<long[]> each) {

        static Polls read(Path log, long from) throws java.io.IOException {
            byte[] bytes = Files.readAllBytes(log);
            String text =
                    new String(bytes, (int) from, bytes.length - (int) from, java.nio.charset.StandardCharsets.UTF_8);
            Matcher line = POLL.matcher(text);
            List<long[]> each = new java.util.ArrayList<>();
            while (line.find()) {
                each.add(new long[] {
                    Long.parseLong(line.group(1)),
                    Long.parseLong(line.group(3)),
                    Long.parseLong(line.group(4)),
                    Long.parseLong(line.group(5))
                });
            }
            return of(each);
        }

        /** The polls that rang at least one timer. */
        Polls rangSomething() {
            return of(each.stream().filter(poll -> poll[0] > 0).toList());
        }

        private static Polls of(List<long[]> each) {
            long rang = 0, claims = 0, transactions = 0, statements = 0;
            for (long[] poll : each) {
                rang += poll[0];
                claims += poll[1];
                transactions += poll[2];
                statements += poll[3];
            }
            return new Polls(each.size(), rang, claims, transactions, statements, each);
        }
    }
}
