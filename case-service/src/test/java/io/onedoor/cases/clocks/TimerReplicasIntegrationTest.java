package io.onedoor.cases.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.Replica;
import io.onedoor.support.tenancy.TenantCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Replicas firing the same index, each alarm recorded in its tenant's {@code rung} table by the
 * replica that fired it ({@link RecordingAlarms}): a replica killed with SIGKILL in the middle of
 * a batch and another started after it, or two replicas racing over thousands of due timers, ring
 * every due timer exactly once. This test's own service does not poll.
 */
@CaseServiceTest
@TestPropertySource(properties = "onedoor.case.timers.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimerReplicasIntegrationTest {

    @Autowired
    CaseApi api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    final List<TenantCode> tenants = new ArrayList<>();

    @BeforeAll
    void fourCentersThatRecordTheirAlarms() {
        for (String division : List.of("150102", "150103", "150104", "150105")) {
            TenantCode tenant = api.onboard("replicas", division);
            jdbc.execute("create table " + tenant.quotedSchemaName() + ".rung (owner_id uuid, clock varchar(40),"
                    + " subject varchar(64), phase varchar(30), replica varchar(20))");
            tenants.add(tenant);
        }
    }

    @Test
    void aReplicaKilledMidBatchAndARestartedOneRingEveryDueTimerOnce() throws Exception {
        int due = dueTimers("CRASH", 150);
        Path log = Path.of("target", "replica-killed-mid-batch.log");
        Process killed = startProcess(
                log,
                Replica.properties(
                        environment,
                        "test.alarms.replica=killed",
                        "test.alarms.sleep-ms=15",
                        "onedoor.case.timers.poll-interval=100ms",
                        "onedoor.case.timers.batch-size=40",
                        "onedoor.case.timers.parallelism=2",
                        "onedoor.case.timers.lease=3s"));
        try {
            // Some alarms committed, and a batch claimed and not yet rung: kill it there.
            await(
                    Duration.ofMinutes(3),
                    () -> rung("CRASH") > 0 && inFlight("CRASH") > 0,
                    () -> "the replica never fired; its log ends:\n" + tail(log));
        } finally {
            killed.destroyForcibly(); // SIGKILL: no shutdown hook, no clean-up of any kind
            killed.waitFor();
        }
        int beforeRestart = rung("CRASH");
        assertThat(beforeRestart).isPositive().isLessThan(due);

        try (ConfigurableApplicationContext restarted = Replica.start(
                environment,
                List.of(RecordingAlarms.class),
                "test.alarms.replica=restarted",
                "onedoor.case.timers.poll-interval=100ms",
                "onedoor.case.timers.lease=3s")) {
            await(Duration.ofMinutes(1), () -> unfired("CRASH") == 0, () -> "timers left unfired");
        }

        assertThat(timesEachRang("CRASH"))
                .hasSize(due)
                .allSatisfy((timer, times) -> assertThat(times).as(timer).isEqualTo(1));
        assertThat(rungBy("CRASH", "restarted")).isEqualTo(due - beforeRestart);
    }

    @Test
    void twoReplicasRacingRingEachDueTimerOnce() throws Exception {
        List<String> racing = List.of(
                "onedoor.case.timers.poll-interval=50ms",
                "onedoor.case.timers.batch-size=100",
                "onedoor.case.timers.parallelism=2",
                "test.alarms.sleep-ms=1");
        try (ConfigurableApplicationContext first = Replica.start(
                        environment, List.of(RecordingAlarms.class), with(racing, "test.alarms.replica=first"));
                ConfigurableApplicationContext second = Replica.start(
                        environment, List.of(RecordingAlarms.class), with(racing, "test.alarms.replica=second"))) {
            int due = dueTimers("RACE", 750);

            await(Duration.ofMinutes(2), () -> unfired("RACE") == 0, () -> "timers left unfired");

            assertThat(timesEachRang("RACE"))
                    .hasSize(due)
                    .allSatisfy((timer, times) -> assertThat(times).as(timer).isEqualTo(1));
            // Both took part: the race was real.
            assertThat(rungBy("RACE", "first")).isPositive();
            assertThat(rungBy("RACE", "second")).isPositive();
        }
    }

    /** Due timers of the clock in each center, a second apart and all past; answers how many. */
    private int dueTimers(String clock, int perTenant) {
        for (TenantCode tenant : tenants) {
            jdbc.update("""
                    insert into platform.case_timer (tenant, owner_kind, owner_id, clock, subject, phase, fire_at)
                    select ?, 'SUPERVISION', gen_random_uuid(), ?, 'item', 'SUPERVISE_UNSIGNED',
                           now() - interval '1 hour' + n * interval '1 second'
                    from generate_series(1, ?) n""", tenant.value(), clock, perTenant);
        }
        return perTenant * tenants.size();
    }

    private int rung(String clock) {
        return sumOverTenants("select count(*) from %s.rung where clock = ?", clock);
    }

    private int rungBy(String clock, String replica) {
        return sumOverTenants("select count(*) from %s.rung where clock = ? and replica = '" + replica + "'", clock);
    }

    private int sumOverTenants(String sql, String clock) {
        int sum = 0;
        for (TenantCode tenant : tenants) {
            Integer count = jdbc.queryForObject(sql.formatted(tenant.quotedSchemaName()), Integer.class, clock);
            sum += count == null ? 0 : count;
        }
        return sum;
    }

    /** How many times each due timer of the clock rang, by tenant and owner. */
    private Map<String, Integer> timesEachRang(String clock) {
        Map<String, Integer> times = new java.util.HashMap<>();
        for (TenantCode tenant : tenants) {
            jdbc.query(
                    "select t.owner_id, count(r.owner_id) from platform.case_timer t"
                            + " left join " + tenant.quotedSchemaName() + ".rung r"
                            + " on r.owner_id = t.owner_id and r.clock = t.clock"
                            + " where t.tenant = ? and t.clock = ? group by t.owner_id",
                    row -> {
                        times.put(tenant.value() + "/" + row.getString(1), row.getInt(2));
                    },
                    tenant.value(),
                    clock);
        }
        return times;
    }

    private int inFlight(String clock) {
        Integer count = jdbc.queryForObject(
                "select count(*) from platform.case_timer where clock = ? and fired_at is null and lease_until > now()",
                Integer.class,
                clock);
        return count == null ? 0 : count;
    }

    private int unfired(String clock) {
        Integer count = jdbc.queryForObject(
                "select count(*) from platform.case_timer where clock = ? and fired_at is null", Integer.class, clock);
        return count == null ? 0 : count;
    }

    private static String[] with(List<String> settings, String more) {
        List<String> all = new ArrayList<>(settings);
        all.add(more);
        return all.toArray(String[]::new);
    }

    /** A replica in a JVM of its own, on this JVM's classpath, its output in the log file. */
    private static Process startProcess(Path log, Map<String, Object> properties) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ReplicaProcess.class.getName()));
        properties.forEach((key, value) -> command.add(key + "=" + value));
        Files.createDirectories(log.getParent());
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Polls the database until the condition holds; no fixed sleeps beyond the polling step. */
    private static void await(Duration limit, BooleanSupplier condition, java.util.function.Supplier<String> why)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up after " + limit + ": " + why.get());
            }
            Thread.sleep(20);
        }
    }
}
