package io.onedoor.cases.clocks;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.springframework.core.env.Environment;

/**
 * An alarm listener for replicas started by a test: each alarm it hears is recorded in the
 * tenant's {@code rung} table (which the test creates) with the replica's name, in the firing
 * transaction, after waiting {@code test.alarms.sleep-ms} in PostgreSQL, so that a batch takes
 * long enough to be caught in flight. Given to a replica as a configuration source.
 */
public class RecordingAlarms implements AlarmListener {

    @PersistenceContext
    private EntityManager entityManager;

    private final String replica;
    private final double sleepSeconds;

    public RecordingAlarms(Environment environment) {
        this.replica = environment.getProperty("test.alarms.replica", "replica");
        this.sleepSeconds = environment.getProperty("test.alarms.sleep-ms", Integer.class, 0) / 1000.0;
    }

    @Override
    public void rang(Alarm alarm, Instant now) {
        if (sleepSeconds > 0) {
            entityManager
                    .createNativeQuery("select 1 from pg_sleep(?1)")
                    .setParameter(1, sleepSeconds)
                    .getSingleResult();
        }
        entityManager
                .createNativeQuery(
                        "insert into rung (owner_id, clock, subject, phase, replica) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, alarm.owner().id())
                .setParameter(2, alarm.timer().clock())
                .setParameter(3, alarm.timer().subject())
                .setParameter(4, alarm.phase().name())
                .setParameter(5, replica)
                .executeUpdate();
    }
}
