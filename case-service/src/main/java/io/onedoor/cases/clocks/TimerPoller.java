package io.onedoor.cases.clocks;

import io.onedoor.cases.tenancy.SchemaReadiness;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.tenancy.TenantWork;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fires the due timers of every tenant, each exactly once, whichever replica gets to it.
 *
 * <p>Each poll claims a batch of due timers across all tenants in one statement (the earliest
 * first; {@code FOR UPDATE SKIP LOCKED}, so replicas polling together claim different timers),
 * leasing them for a while. The batch is fired tenant by tenant, a few tenants at once: in one
 * transaction in the tenant's scope ({@link TenantWork}) the timers still due are marked rung (a
 * timer another replica has fired meanwhile, or a step has moved or removed, is not) and every
 * {@link AlarmListener} hears each of them. What the listeners write and the mark commit
 * together: a replica that dies mid-batch leaves its uncommitted timers unmarked, to be claimed
 * again once their lease runs out, and none that committed rings again. A poll that finds a full
 * batch claims the next at once, so a backlog drains without waiting for the next poll.
 *
 * <p>A tenant whose schema is not at this service's version yet keeps its timers (claimed again
 * after the lease, by then perhaps migrated); a tenant that has no schema (deleted) loses them.
 *
 * <p>An idle poll is one statement whatever the number of tenants.
 */
@Component
public class TimerPoller implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TimerPoller.class);

    private static final String CLAIM = """
            update platform.case_timer set lease_until = ?
            where id in (select id from platform.case_timer
                         where fired_at is null and fire_at <= ? and (lease_until is null or lease_until < ?)
                         order by fire_at, tenant limit ? for update skip locked)
            returning id, tenant, owner_kind, owner_id, clock, subject, phase, fire_at""";

    /**
     * Marks the claimed timers rung, only those still due at the moment they were claimed for and
     * not yet rung: the guard that makes each ring once. The tenant's own rows only.
     */
    private static final String MARK = """
            update platform.case_timer t set fired_at = ?, lease_until = null
            from unnest(?::bigint[], ?::text[]) as c (id, fire_at)
            where t.id = c.id and t.fire_at = cast(c.fire_at as timestamptz) and t.fired_at is null and t.tenant = ?
            returning t.id""";

    private static final String RELEASE =
            "update platform.case_timer set lease_until = null where id = any(?) and fired_at is null";

    private final JdbcTemplate jdbc;
    private final TenantWork work;
    private final SchemaReadiness readiness;
    private final List<AlarmListener> listeners;
    private final Map<TimerOwner.Kind, OwnerLocks> ownerLocks = new LinkedHashMap<>();
    private final TimerProperties properties;
    private final Clock clock;
    private final ExecutorService firing;
    private final ScheduledExecutorService polling;
    private final Statistics statistics = new Statistics();

    private volatile boolean stopping;

    @PersistenceContext
    private EntityManager entityManager;

    TimerPoller(
            JdbcTemplate jdbc,
            TenantWork work,
            SchemaReadiness readiness,
            List<AlarmListener> listeners,
            List<OwnerLocks> ownerLocks,
            TimerProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.work = work;
        this.readiness = readiness;
        this.listeners = List.copyOf(listeners);
        ownerLocks.forEach(locks -> this.ownerLocks.put(locks.kind(), locks));
        this.properties = properties;
        this.clock = clock;
        this.firing = Executors.newFixedThreadPool(properties.parallelism(), threads("timer-fire-"));
        this.polling = Executors.newSingleThreadScheduledExecutor(threads("timer-poll-"));
    }

    /** Polls from when the service is ready (its tenants' schemas migrated) until it stops. */
    @EventListener(ApplicationReadyEvent.class)
    void begin() {
        if (!properties.enabled()) {
            log.info("timer polling is off (onedoor.case.timers.enabled=false)");
            return;
        }
        long interval = properties.pollInterval().toMillis();
        polling.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            drain();
        } catch (RuntimeException e) {
            // The claimed timers stay leased and are claimed again when the lease ends.
            log.error("timer poll failed; the next poll tries again", e);
        }
    }

    /**
     * Fires every timer due now, claiming batch after batch while they come back full; answers
     * how many rang. The poller calls it on its own; a test with polling off calls it to fire
     * what its clock has made due.
     */
    public int drain() {
        long started = System.nanoTime();
        Statistics.Tick tick = new Statistics.Tick();
        int rang = 0;
        List<Claimed> batch;
        do {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            batch = claim(now);
            tick.statements.incrementAndGet();
            tick.claims++;
            rang += fire(batch, tick);
        } while (batch.size() == properties.batchSize() && !stopping);
        statistics.add(tick, rang);
        // Every poll at trace, those that rang something at debug: the bench counts both.
        if (rang > 0 ? log.isDebugEnabled() : log.isTraceEnabled()) {
            String line = "{} timers rang in {} ms: {} claims, {} tenant transactions, {} statements";
            Object[] values = {
                rang,
                (System.nanoTime() - started) / 1_000_000,
                tick.claims,
                tick.transactions.get(),
                tick.statements.get()
            };
            if (rang > 0) {
                log.debug(line, values);
            } else {
                log.trace(line, values);
            }
        }
        return rang;
    }

    /** What this replica's poller has done since it started. */
    public Statistics statistics() {
        return statistics;
    }

    /** One statement, whatever the number of tenants: the earliest due timers, leased to this replica. */
    List<Claimed> claim(Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        return jdbc.query(
                CLAIM,
                (row, n) -> new Claimed(
                        row.getLong("id"),
                        row.getString("tenant"),
                        new TimerOwner(
                                TimerOwner.Kind.valueOf(row.getString("owner_kind")),
                                row.getObject("owner_id", UUID.class)),
                        new Timer(
                                row.getString("clock"),
                                row.getString("subject"),
                                AlarmPhase.valueOf(row.getString("phase")),
                                row.getObject("fire_at", OffsetDateTime.class).toInstant())),
                now.plus(properties.lease()).atOffset(ZoneOffset.UTC),
                at,
                at,
                properties.batchSize());
    }

    /** Fires a claimed batch, tenant by tenant, a few at once; answers how many rang. */
    int fire(List<Claimed> batch, Statistics.Tick tick) {
        Map<String, List<Claimed>> byTenant = new LinkedHashMap<>();
        for (Claimed claimed : batch) {
            byTenant.computeIfAbsent(claimed.tenant(), t -> new ArrayList<>()).add(claimed);
        }
        List<Future<Integer>> fired = new ArrayList<>();
        for (var group : byTenant.entrySet()) {
            fired.add(firing.submit(() -> fireTenant(group.getKey(), group.getValue(), tick)));
        }
        int rang = 0;
        for (Future<Integer> one : fired) {
            try {
                rang += one.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (java.util.concurrent.ExecutionException e) {
                log.error("firing a tenant's timers failed", e.getCause());
            }
        }
        return rang;
    }

    private int fireTenant(String code, List<Claimed> claimed, Statistics.Tick tick) {
        if (stopping) {
            release(claimed);
            return 0;
        }
        var tenant = TenantCode.parse(code);
        if (tenant.isEmpty()) {
            // Never written by TimerIndex, which takes the code from the bound tenant.
            log.error("{} timers of a malformed tenant code left in the index", claimed.size());
            return 0;
        }
        switch (readiness.check(tenant.get())) {
            case READY -> {}
            case UNKNOWN -> {
                return drop(tenant.get());
            }
            case BEHIND -> {
                // Fired once this replica or another has brought the schema up to date.
                log.warn(
                        "{} timers of tenant {} wait: its schema is behind this service's version",
                        claimed.size(),
                        code);
                return 0;
            }
        }
        try {
            return fireInOneTransaction(tenant.get(), claimed, tick);
        } catch (RuntimeException e) {
            if (!schemaExists(tenant.get())) {
                return drop(tenant.get());
            }
            if (claimed.size() == 1) {
                log.error(
                        "a {} timer of tenant {} could not fire; it is claimed again after its lease",
                        claimed.getFirst().timer().phase(),
                        code,
                        e);
                return 0;
            }
            // One alarm that cannot be handled must not hold back the tenant's others: each
            // alone, in its own transaction.
            log.warn("firing {} timers of tenant {} together failed; firing each alone", claimed.size(), code, e);
            int rang = 0;
            for (Claimed one : claimed) {
                try {
                    rang += fireInOneTransaction(tenant.get(), List.of(one), tick);
                } catch (RuntimeException alone) {
                    log.error(
                            "a {} timer of tenant {} could not fire; it is claimed again after its lease",
                            one.timer().phase(),
                            code,
                            alone);
                }
            }
            return rang;
        }
    }

    private int fireInOneTransaction(TenantCode tenant, List<Claimed> claimed, Statistics.Tick tick) {
        return work.call(tenant, () -> {
            tick.transactions.incrementAndGet();
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            lockOwners(claimed, tick);
            List<Claimed> due = mark(tenant, claimed, now);
            tick.statements.incrementAndGet();
            List<Alarm> alarms = due.stream()
                    .map(one -> new Alarm(tenant, one.owner(), one.timer()))
                    .toList();
            if (!alarms.isEmpty()) {
                for (AlarmListener listener : listeners) {
                    listener.rangAll(alarms, now);
                }
            }
            return alarms.size();
        });
    }

    private void lockOwners(List<Claimed> claimed, Statistics.Tick tick) {
        Map<TimerOwner.Kind, List<UUID>> owners = new LinkedHashMap<>();
        for (Claimed one : claimed) {
            owners.computeIfAbsent(one.owner().kind(), kind -> new ArrayList<>())
                    .add(one.owner().id());
        }
        owners.forEach((kind, ids) -> {
            OwnerLocks locks = ownerLocks.get(kind);
            if (locks != null) {
                locks.lock(ids.stream().distinct().sorted().toList());
                tick.statements.incrementAndGet();
            }
        });
    }

    /** The claimed timers that are still due and not yet rung, marked rung, earliest first. */
    private List<Claimed> mark(TenantCode tenant, List<Claimed> claimed, Instant now) {
        Long[] ids = claimed.stream().map(Claimed::id).toArray(Long[]::new);
        String[] moments =
                claimed.stream().map(c -> c.timer().firesAt().toString()).toArray(String[]::new);
        Set<Long> marked = new HashSet<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(MARK)) {
                statement.setObject(1, now.atOffset(ZoneOffset.UTC));
                statement.setArray(2, connection.createArrayOf("bigint", ids));
                statement.setArray(3, connection.createArrayOf("text", moments));
                statement.setString(4, tenant.value());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        marked.add(rows.getLong(1));
                    }
                }
            }
        });
        return claimed.stream()
                .filter(c -> marked.contains(c.id()))
                .sorted(Comparator.comparing((Claimed c) -> c.timer().firesAt()).thenComparing(Claimed::id))
                .toList();
    }

    /** Gives back timers claimed but not fired (this replica is stopping), for others to claim now. */
    private void release(List<Claimed> claimed) {
        try {
            jdbc.execute((java.sql.Connection connection) -> {
                try (PreparedStatement statement = connection.prepareStatement(RELEASE)) {
                    statement.setArray(
                            1,
                            connection.createArrayOf(
                                    "bigint", claimed.stream().map(Claimed::id).toArray()));
                    return statement.executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            log.debug("could not give back claimed timers; their lease runs out instead", e);
        }
    }

    /** A tenant without a schema (deleted) has no one to ring for: its timers go. */
    private int drop(TenantCode tenant) {
        int dropped = jdbc.update("delete from platform.case_timer where tenant = ?", tenant.value());
        log.warn("dropped {} timers of tenant {}, which has no schema", dropped, tenant);
        return 0;
    }

    private boolean schemaExists(TenantCode tenant) {
        try {
            return Boolean.TRUE.equals(jdbc.queryForObject(
                    "select exists (select 1 from pg_namespace where nspname = ?)",
                    Boolean.class,
                    tenant.schemaName()));
        } catch (RuntimeException e) {
            return true; // the database is what failed: keep the timers
        }
    }

    /** Stops polling; a poll under way finishes its tenants in progress and gives back the rest. */
    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        polling.shutdown();
        if (!polling.awaitTermination(properties.lease().toMillis(), TimeUnit.MILLISECONDS)) {
            log.warn("timer poll still running at shutdown; its timers are claimed again after their lease");
        }
        firing.shutdown();
        firing.awaitTermination(properties.lease().toMillis(), TimeUnit.MILLISECONDS);
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A timer this replica has claimed. */
    record Claimed(long id, String tenant, TimerOwner owner, Timer timer) {}

    /**
     * Counts of the poller's work: polls (each ending with a claim that found less than a full
     * batch), claims, the tenant transactions that fired, the statements the poller itself sent
     * (claims, owner locks and marks), and the timers that rang. Each tenant transaction also
     * costs its commit and the two schema switches of its connection (on checkout and release),
     * and whatever its listeners send.
     */
    public static final class Statistics {

        private final AtomicLong polls = new AtomicLong();
        private final AtomicLong claims = new AtomicLong();
        private final AtomicLong transactions = new AtomicLong();
        private final AtomicLong statements = new AtomicLong();
        private final AtomicLong rang = new AtomicLong();

        void add(Tick tick, int rung) {
            polls.incrementAndGet();
            claims.addAndGet(tick.claims);
            transactions.addAndGet(tick.transactions.get());
            statements.addAndGet(tick.statements.get());
            rang.addAndGet(rung);
        }

        public long polls() {
            return polls.get();
        }

        public long claims() {
            return claims.get();
        }

        public long transactions() {
            return transactions.get();
        }

        public long statements() {
            return statements.get();
        }

        public long rang() {
            return rang.get();
        }

        /** One drain's counts, added to from the firing threads. */
        static final class Tick {
            int claims;
            final AtomicInteger transactions = new AtomicInteger();
            final AtomicInteger statements = new AtomicInteger();
        }
    }
}
