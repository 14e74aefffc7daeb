package io.onedoor.cases.clocks;

import io.onedoor.support.tenancy.CurrentTenant;
import io.onedoor.support.tenancy.TenantCode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timers of the bound tenant's owners in the platform-level index ({@code
 * platform.case_timer}), written on the session's connection so they commit with the step.
 *
 * <p>A timer is known by its owner, clock, subject and phase. Written again at the moment it
 * already has, it is left as it is: one that has rung stays rung, so a later step of an overdue
 * matter does not ring its red again. Written at another moment, it rings again at that moment
 * (the due moved: a pause, an extension). A timer the owner no longer has is removed, rung or
 * not: a step taken before the due time cancels its timer.
 */
@Component
class TimerIndex implements Timers {

    /**
     * The owner's timers made exactly these, in one statement: those not wanted are deleted, the
     * wanted ones inserted, or moved (and so made to ring again) if their moment changed. The
     * unique key's leading columns find the owner's rows.
     */
    private static final String REPLACE = """
            with wanted (clock, subject, phase, fire_at) as (
                select clock, subject, phase, cast(fire_at as timestamptz)
                from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::text[]) as t (clock, subject, phase, fire_at)),
            gone as (
                delete from platform.case_timer t
                where t.tenant = ? and t.owner_kind = ? and t.owner_id = ?
                  and not exists (select 1 from wanted w
                                  where w.clock = t.clock and w.subject = t.subject and w.phase = t.phase))
            insert into platform.case_timer as t (tenant, owner_kind, owner_id, clock, subject, phase, fire_at)
            select ?, ?, ?, clock, subject, phase, fire_at from wanted
            on conflict (tenant, owner_kind, owner_id, clock, subject, phase) do update
                set fire_at = excluded.fire_at, fired_at = null, lease_until = null
                where t.fire_at <> excluded.fire_at""";

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void replace(TimerOwner owner, Collection<Timer> timers) {
        TenantCode tenant = CurrentTenant.require();
        // One row per key (a statement may not update a row twice): the earliest moment wins.
        Map<String, Timer> unique = new LinkedHashMap<>();
        for (Timer timer : timers) {
            unique.merge(
                    timer.clock() + '\u0000' + timer.subject() + '\u0000' + timer.phase(),
                    timer,
                    (one, other) -> one.firesAt().isAfter(other.firesAt()) ? other : one);
        }
        int count = unique.size();
        String[] clocks = new String[count];
        String[] subjects = new String[count];
        String[] phases = new String[count];
        String[] moments = new String[count];
        int i = 0;
        for (Timer timer : unique.values()) {
            clocks[i] = timer.clock();
            subjects[i] = timer.subject();
            phases[i] = timer.phase().name();
            moments[i] = timer.firesAt().toString();
            i++;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(REPLACE)) {
                statement.setArray(1, connection.createArrayOf("varchar", clocks));
                statement.setArray(2, connection.createArrayOf("varchar", subjects));
                statement.setArray(3, connection.createArrayOf("varchar", phases));
                statement.setArray(4, connection.createArrayOf("text", moments));
                for (int at : new int[] {5, 8}) {
                    statement.setString(at, tenant.value());
                    statement.setString(at + 1, owner.kind().name());
                    statement.setObject(at + 2, owner.id());
                }
                statement.executeUpdate();
            }
        });
    }
}
