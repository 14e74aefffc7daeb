package io.onedoor.cases.clocks;

import io.onedoor.support.tenancy.CurrentTenant;
import io.onedoor.support.tenancy.TenantCode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

/**
 * Keeps each matter's stored light ({@code matter.light}, which the ledger filters by) current:
 * set by every step ({@link MatterTimers}) and turned by the matter's yellow and red alarms in
 * between.
 *
 * <p>The light is read from the matter's timers in the index: the worst of its yellow and red
 * timers whose moment has come or that have rung. Those timers are the matter's running clocks'
 * yellow and red moments under the center's light policy as of its last step, so this is the
 * worst light of its running clocks now, without loading the matter. Counting the timers that
 * have rung matters for a step racing an alarm: a step decided a moment before a due time (on a
 * replica whose clock is a little behind, say) still finds the red that rang meanwhile, instead
 * of setting the light back to green for good.
 *
 * <p>The light is written without the matter's version: an alarm must not make the If-Match a
 * user holds stale.
 */
@Component
class MatterLights implements AlarmListener, OwnerLocks {

    private static final String REFRESH = """
            update matter set light = worst.light
            from (select case when bool_or(phase = 'RED') then 'RED'
                              when bool_or(phase = 'YELLOW') then 'YELLOW'
                              else 'GREEN' end as light
                  from platform.case_timer
                  where tenant = ? and owner_kind = 'MATTER' and owner_id = ? and phase in ('YELLOW', 'RED')
                    and (fire_at <= ? or fired_at is not null)) worst
            where matter.id = ? and matter.light <> worst.light""";

    /**
     * The same for the matters of a firing, together. Each has at least the timer that rang, so
     * each has a row in {@code worst}; none turns back to green here.
     */
    private static final String TURN = """
            update matter set light = worst.light
            from (select owner_id,
                         case when bool_or(phase = 'RED') then 'RED'
                              when bool_or(phase = 'YELLOW') then 'YELLOW'
                              else 'GREEN' end as light
                  from platform.case_timer
                  where tenant = ? and owner_kind = 'MATTER' and owner_id = any(?) and phase in ('YELLOW', 'RED')
                    and (fire_at <= ? or fired_at is not null)
                  group by owner_id) worst
            where matter.id = worst.owner_id and matter.light <> worst.light""";

    /** A step's order: the matter's row before its timers (see {@link OwnerLocks}). */
    private static final String LOCK = "select id from matter where id = any(?) order by id for no key update";

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public TimerOwner.Kind kind() {
        return TimerOwner.Kind.MATTER;
    }

    @Override
    public void lock(List<UUID> owners) {
        session().doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(LOCK)) {
                statement.setArray(1, connection.createArrayOf("uuid", owners.toArray()));
                statement.executeQuery().close();
            }
        });
    }

    @Override
    public void rang(Alarm alarm, Instant now) {
        rangAll(List.of(alarm), now);
    }

    /** The lights of all the matters whose yellow or red rang, in one statement. */
    @Override
    public void rangAll(List<Alarm> alarms, Instant now) {
        UUID[] matters = alarms.stream()
                .filter(alarm -> alarm.owner().kind() == TimerOwner.Kind.MATTER)
                .filter(alarm -> alarm.phase() == AlarmPhase.YELLOW || alarm.phase() == AlarmPhase.RED)
                .map(alarm -> alarm.owner().id())
                .distinct()
                .toArray(UUID[]::new);
        if (matters.length == 0) {
            return;
        }
        TenantCode tenant = CurrentTenant.require();
        session().doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(TURN)) {
                statement.setString(1, tenant.value());
                statement.setArray(2, connection.createArrayOf("uuid", matters));
                statement.setObject(3, now.atOffset(ZoneOffset.UTC));
                statement.executeUpdate();
            }
        });
    }

    /** Sets the bound tenant's matter's light as its timers give it now. */
    void refresh(UUID matter, Instant now) {
        TenantCode tenant = CurrentTenant.require();
        session().doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(REFRESH)) {
                statement.setString(1, tenant.value());
                statement.setObject(2, matter);
                statement.setObject(3, now.atOffset(ZoneOffset.UTC));
                statement.setObject(4, matter);
                statement.executeUpdate();
            }
        });
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
