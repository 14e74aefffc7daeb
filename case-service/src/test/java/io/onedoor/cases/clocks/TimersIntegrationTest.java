package io.onedoor.cases.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseApi.Response;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.ChinaClock;
import io.onedoor.cases.Desk;
import io.onedoor.cases.Requests;
import io.onedoor.support.tenancy.CurrentTenant;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.tenancy.TenantWork;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A matter's due times as timers, fired by the poller (called here, its own polling off) as the
 * service's clock moves: a step taken in time cancels its alarm, a due time rings once and turns
 * the matter's light in the ledger, in the tenant's scope; a claim that outlived its lease is
 * refused, a tenant gone or an alarm that fails holds back no one else, and an idle poll is one
 * statement however many tenants wait.
 */
@CaseServiceTest
@Import(TimersIntegrationTest.Setup.class)
@TestPropertySource(properties = "onedoor.case.timers.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimersIntegrationTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    CaseApi api;

    @Autowired
    ChinaClock clock;

    @Autowired
    TimerPoller poller;

    @Autowired
    TimerProperties properties;

    @Autowired
    Timers timers;

    @Autowired
    TenantWork work;

    @Autowired
    Recorder recorder;

    @Autowired
    JdbcTemplate jdbc;

    TenantCode altay;
    TenantCode hulun;

    @BeforeAll
    void twoCenters() {
        altay = api.onboard("timers-altay", "654301");
        hulun = api.onboard("timers-hulun", "150700");
    }

    @BeforeEach
    void nothingHeardYet() {
        recorder.refused = null;
        recorder.heard.clear();
    }

    @Test
    void aStepInTimeCancelsItsAlarmAndADueTimeRingsOnceAndTurnsTheLight() {
        // Monday 2 March 2026, 10:00 in China: both matters are to be responded to by 10:30.
        clock.set(LocalDateTime.parse("2026-03-02T10:00:00"));
        Response dispatchedInTime = api.register(altay, Requests.machineryRent("dispatched in time"));
        Response leftAlone = api.register(hulun, Requests.machineryRent("left alone"));
        Response alsoLeftAlone = api.register(hulun, Requests.machineryRent("also left alone"));
        Instant responseDue =
                Instant.parse(leftAlone.body().path("responseDueAt").asString());
        assertThat(responseDue)
                .isEqualTo(
                        LocalDateTime.parse("2026-03-02T10:30:00").atZone(CHINA).toInstant());
        assertThat(timersOf(altay, Desk.id(dispatchedInTime)))
                .containsExactlyInAnyOrder("RESPONSE/YELLOW", "RESPONSE/RED", "CLOSURE/YELLOW", "CLOSURE/RED");

        clock.set(LocalDateTime.parse("2026-03-02T10:05:00"));
        Desk altayDesk = new Desk(api, altay);
        Response dispatched = altayDesk.step(altayDesk.staff(), dispatchedInTime, "/dispatch", Map.of());
        assertThat(dispatched.status()).isEqualTo(200);
        // Responded to: its response timers are gone; its assignments wait for their sign-off.
        assertThat(timersOf(altay, Desk.id(dispatchedInTime)))
                .doesNotContain("RESPONSE/YELLOW", "RESPONSE/RED")
                .contains("SIGN_OFF/YELLOW", "SIGN_OFF/RED", "SIGN_OFF/SUPERVISE_UNSIGNED", "CLOSURE/RED");

        clock.set(LocalDateTime.parse("2026-03-02T10:31:00"));
        poller.drain();

        assertThat(heard(hulun, Desk.id(leftAlone))).containsExactlyInAnyOrder("RESPONSE/YELLOW", "RESPONSE/RED");
        // Nothing of the response it had in time; its assignments are two thirds into their 30 minutes.
        assertThat(heard(altay, Desk.id(dispatchedInTime))).doesNotContain("RESPONSE/RED", "RESPONSE/YELLOW");
        assertThat(heard(altay, Desk.id(dispatchedInTime))).containsOnly("SIGN_OFF/YELLOW");
        // Both of the center's overdue matters turn red in the one transaction that fired them.
        assertThat(ids(hulun, "?light=RED")).containsExactlyInAnyOrder(Desk.id(leftAlone), Desk.id(alsoLeftAlone));
        assertThat(ids(altay, "?light=YELLOW")).containsExactly(Desk.id(dispatchedInTime));
        assertThat(ids(altay, "?light=RED,GREEN")).doesNotContain(Desk.id(dispatchedInTime));
        assertThat(ids(hulun, "?light=GREEN,YELLOW")).doesNotContain(Desk.id(leftAlone));

        // Nothing rings twice: not on the next poll, nor after a later step writes the same due time.
        recorder.heard.clear();
        assertThat(poller.drain()).isZero();
        Desk hulunDesk = new Desk(api, hulun);
        // The alarm did not touch the matter's version: the If-Match the staff hold is still good.
        Response triaged =
                hulunDesk.step(hulunDesk.staff(), leftAlone, "/triage", Map.of("reason", "late, but triaged"));
        assertThat(triaged.status()).isEqualTo(200);
        poller.drain();
        assertThat(heard(hulun, Desk.id(leftAlone))).isEmpty();
        assertThat(ids(hulun, "?light=RED")).contains(Desk.id(leftAlone));
    }

    @Test
    void theAlarmRunsInItsTenantsScope() {
        clock.set(LocalDateTime.parse("2026-03-03T09:00:00"));
        UUID altayOwner = due(altay, "SCOPE");
        UUID hulunOwner = due(hulun, "SCOPE");

        poller.drain();

        assertThat(recorder.heard)
                .filteredOn(h -> h.owner().equals(altayOwner))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.schema()).isEqualTo(altay.schemaName());
                    assertThat(h.mdc()).isEqualTo(altay.value());
                    assertThat(h.bound()).isEqualTo(altay);
                });
        assertThat(recorder.heard)
                .filteredOn(h -> h.owner().equals(hulunOwner))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.schema()).isEqualTo(hulun.schemaName());
                    assertThat(h.mdc()).isEqualTo(hulun.value());
                });
    }

    @Test
    void aClaimThatOutlivedItsLeaseIsClaimedAgainAndTheLateFiringIsRefused() {
        clock.set(LocalDateTime.parse("2026-03-04T09:00:00"));
        UUID owner = due(altay, "LEASE");
        Instant now = clock.instant();

        List<TimerPoller.Claimed> slow = poller.claim(now);
        assertThat(slow).extracting(c -> c.owner().id()).contains(owner);
        // Leased: another replica polling now finds nothing of it.
        assertThat(poller.claim(now.plusSeconds(1)))
                .extracting(c -> c.owner().id())
                .doesNotContain(owner);

        // The first replica stalls past its lease; another claims the timer and fires it.
        Instant later = now.plus(properties.lease()).plusSeconds(1);
        List<TimerPoller.Claimed> again = poller.claim(later);
        assertThat(again).extracting(c -> c.owner().id()).contains(owner);
        poller.fire(again, new TimerPoller.Statistics.Tick());
        // The stalled replica comes back to its batch: what rang meanwhile does not ring again.
        poller.fire(slow, new TimerPoller.Statistics.Tick());

        assertThat(recorder.heard).filteredOn(h -> h.owner().equals(owner)).hasSize(1);
    }

    @Test
    void aTimerMovedWhileClaimedRingsAtItsNewMomentOnly() {
        clock.set(LocalDateTime.parse("2026-03-05T09:00:00"));
        UUID owner = due(altay, "MOVED");
        List<TimerPoller.Claimed> claimed = poller.claim(clock.instant());

        // A step moves the due time an hour on (an extension, say) before the claim is fired.
        Instant moved = clock.instant().plus(Duration.ofHours(1));
        work.run(
                altay,
                () -> timers.replace(
                        TimerOwner.supervision(owner),
                        List.of(new Timer("MOVED", "item", AlarmPhase.SUPERVISE_UNSIGNED, moved))));
        poller.fire(claimed, new TimerPoller.Statistics.Tick());
        assertThat(recorder.heard).filteredOn(h -> h.owner().equals(owner)).isEmpty();

        clock.set(LocalDateTime.parse("2026-03-05T10:00:00"));
        poller.drain();
        assertThat(recorder.heard)
                .filteredOn(h -> h.owner().equals(owner))
                .singleElement()
                .satisfies(h -> assertThat(h.firesAt()).isEqualTo(moved));
    }

    @Test
    void aGoneTenantAndAFailingAlarmHoldBackNoOneElse() {
        clock.set(LocalDateTime.parse("2026-03-06T09:00:00"));
        // Timers of a tenant whose schema has been dropped (one archived and deleted, say).
        TenantCode gone = CaseApi.newTenantCode("timers-gone");
        insertDue(gone, UUID.randomUUID(), "GONE", clock.instant().minusSeconds(60));
        UUID failing = due(altay, "FAILING");
        UUID fine = due(altay, "FINE");
        UUID elsewhere = due(hulun, "FINE");
        recorder.refused = failing;

        poller.drain();

        assertThat(recorder.heard)
                .extracting(Heard::owner)
                .contains(fine, elsewhere)
                .doesNotContain(failing);
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.case_timer where tenant = ?", Long.class, gone.value()))
                .isZero();
        // The failing alarm is tried again once its lease has run out, and rings once it can.
        recorder.refused = null;
        assertThat(poller.drain()).isZero();
        clock.set(LocalDateTime.parse("2026-03-06T09:00:00")
                .plus(properties.lease())
                .plusSeconds(1));
        poller.drain();
        assertThat(recorder.heard).extracting(Heard::owner).containsOnlyOnce(failing);
    }

    @Test
    void anIdlePollIsOneStatementHoweverManyTenantsWait() {
        // Timers wait in both centers, none due before 2027.
        clock.set(LocalDateTime.parse("2026-03-07T09:00:00"));
        insertDue(altay, UUID.randomUUID(), "IDLE", Instant.parse("2027-01-01T00:00:00Z"));
        insertDue(hulun, UUID.randomUUID(), "IDLE", Instant.parse("2027-01-01T00:00:00Z"));
        poller.drain();
        long before = poller.statistics().statements();

        assertThat(poller.drain()).isZero();

        assertThat(poller.statistics().statements() - before).isEqualTo(1);
    }

    /** A due timer of an owner that only the recorder hears (its phase turns no light). */
    private UUID due(TenantCode tenant, String clockName) {
        UUID owner = UUID.randomUUID();
        insertDue(tenant, owner, clockName, clock.instant().minusSeconds(60));
        return owner;
    }

    private void insertDue(TenantCode tenant, UUID owner, String clockName, Instant at) {
        jdbc.update(
                "insert into platform.case_timer (tenant, owner_kind, owner_id, clock, subject, phase, fire_at)"
                        + " values (?, 'SUPERVISION', ?, ?, 'item', 'SUPERVISE_UNSIGNED', ?)",
                tenant.value(),
                owner,
                clockName,
                at.atOffset(java.time.ZoneOffset.UTC));
    }

    private List<String> timersOf(TenantCode tenant, String matter) {
        return jdbc.queryForList(
                "select clock || '/' || phase from platform.case_timer where tenant = ? and owner_kind = 'MATTER' and owner_id = ?",
                String.class,
                tenant.value(),
                UUID.fromString(matter));
    }

    private List<String> heard(TenantCode tenant, String matter) {
        return recorder.heard.stream()
                .filter(h -> h.tenant().equals(tenant) && h.owner().toString().equals(matter))
                .map(h -> h.clock() + "/" + h.phase())
                .toList();
    }

    private List<String> ids(TenantCode tenant, String query) {
        Response page = api.list(tenant, query + "&limit=200");
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        return Desk.list(page.body().path("items")).stream()
                .map(row -> row.path("id").asString())
                .toList();
    }

    /** An alarm as a listener heard it, once its transaction committed. */
    record Heard(
            TenantCode tenant,
            UUID owner,
            String clock,
            AlarmPhase phase,
            Instant firesAt,
            @Nullable String schema,
            @Nullable String mdc,
            @Nullable TenantCode bound) {}

    /** Records each alarm with the scope it ran in, after it committed; refuses one owner's if told. */
    static class Recorder implements AlarmListener {

        final List<Heard> heard = new CopyOnWriteArrayList<>();
        volatile @Nullable UUID refused;

        @PersistenceContext
        EntityManager entityManager;

        @Override
        public void rang(Alarm alarm, Instant now) {
            if (alarm.owner().id().equals(refused)) {
                throw new IllegalStateException("this alarm cannot be handled now");
            }
            Heard one = new Heard(
                    alarm.tenant(),
                    alarm.owner().id(),
                    alarm.timer().clock(),
                    alarm.phase(),
                    alarm.timer().firesAt(),
                    (String) entityManager
                            .createNativeQuery("select current_schema()")
                            .getSingleResult(),
                    MDC.get(CurrentTenant.MDC_KEY),
                    CurrentTenant.get().orElse(null));
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    heard.add(one);
                }
            });
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Setup {

        @Bean
        @Primary
        ChinaClock settableClock() {
            return new ChinaClock();
        }

        @Bean
        Recorder recorder() {
            return new Recorder();
        }
    }
}
