package io.onedoor.cases.timeline;

import io.onedoor.cases.matter.MatterEvent;
import io.onedoor.cases.matter.MatterId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The matters' timelines in the tenant's schema ({@code matter_event}). Written in the
 * transaction of the step that raised the events, so a step and its record are whole or not at
 * all; numbered per matter from 1. The table refuses updates and deletes.
 */
@Component
public class Timeline {

    private static final TypeReference<LinkedHashMap<String, Object>> DETAILS = new TypeReference<>() {};

    @PersistenceContext
    private EntityManager entityManager;

    private final JsonMapper json;

    Timeline(JsonMapper json) {
        this.json = json;
    }

    /**
     * Appends the events after the matter's last step. The matter's own row was written in the
     * same transaction (its version bumped), so no concurrent step of the same matter can number
     * its events at the same time: it waits for this transaction and then fails on the version.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(MatterId matter, List<MatterEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Number last = (Number) entityManager
                .createNativeQuery("select coalesce(max(sequence), 0) from matter_event where matter_id = ?1")
                .setParameter(1, matter.value())
                .getSingleResult();
        write(matter, last.intValue(), events);
    }

    /** The first events of a matter just registered in this transaction: numbered from 1. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void start(MatterId matter, List<MatterEvent> events) {
        write(matter, 0, events);
    }

    private void write(MatterId matter, int after, List<MatterEvent> events) {
        int sequence = after;
        for (MatterEvent event : events) {
            sequence++;
            entityManager
                    .createNativeQuery("""
                            insert into matter_event (matter_id, sequence, kind, occurred_at, actor, department, details)
                            values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb))""")
                    .setParameter(1, matter.value())
                    .setParameter(2, sequence)
                    .setParameter(3, event.kind())
                    .setParameter(4, Timestamp.from(event.at()))
                    .setParameter(5, event.actor())
                    .setParameter(6, event.department())
                    .setParameter(7, json.writeValueAsString(event.details()))
                    .executeUpdate();
        }
    }

    /** Every step of the matter, oldest first. */
    @Transactional(readOnly = true)
    public List<Entry> of(MatterId matter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        select sequence, kind, occurred_at, actor, department, cast(details as text)
                        from matter_event where matter_id = ?1 order by sequence""")
                .setParameter(1, matter.value())
                .getResultList();
        return rows.stream()
                .map(row -> new Entry(
                        ((Number) row[0]).longValue(),
                        (String) row[1],
                        instant(row[2]),
                        (String) row[3],
                        (String) row[4],
                        json.readValue((String) row[5], DETAILS)))
                .toList();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime time -> time.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }

    /** One step as the timeline shows it. */
    public record Entry(
            long sequence,
            String kind,
            Instant at,
            String actor,
            @Nullable String department,
            Map<String, Object> details) {}
}
