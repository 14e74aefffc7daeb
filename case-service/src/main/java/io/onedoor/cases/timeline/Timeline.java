package io.onedoor.cases.timeline;

import io.onedoor.cases.matter.MatterEvent;
import io.onedoor.cases.matter.MatterId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
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
     * Appends the events after the matter's last step (from 1 for a matter registered in this
     * transaction). The matter's own row is written first (the session is flushed, its version
     * bumped), so no concurrent step of the same matter can number its events at the same time:
     * it waits for this transaction and then fails on the version.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(MatterId matter, List<MatterEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        // The matter's row goes first: the events reference it, and its version bump is what
        // keeps a concurrent step of the same matter from numbering its events alongside.
        entityManager.flush();
        write(matter, events);
    }

    /**
     * The events numbered after the matter's last step, in one statement however many there are,
     * straight through JDBC on the session's connection (as a Hibernate native query, each event
     * cost a statement and its query plan, on every step).
     */
    private static final String APPEND = """
            insert into matter_event (matter_id, sequence, kind, occurred_at, actor, department, details)
            select ?, last.sequence + event.ordinal, event.kind, cast(event.occurred_at as timestamptz),
                   event.actor, event.department, cast(event.details as jsonb)
            from unnest(?::varchar[], ?::text[], ?::varchar[], ?::varchar[], ?::text[])
                     with ordinality as event (kind, occurred_at, actor, department, details, ordinal),
                 (select coalesce(max(sequence), 0) as sequence from matter_event where matter_id = ?) last""";

    private void write(MatterId matter, List<MatterEvent> events) {
        int count = events.size();
        String[] kinds = new String[count];
        String[] times = new String[count];
        String[] actors = new String[count];
        @Nullable String[] departments = new String[count];
        String[] details = new String[count];
        for (int i = 0; i < count; i++) {
            MatterEvent event = events.get(i);
            kinds[i] = event.kind();
            times[i] = event.at().toString();
            actors[i] = event.actor();
            departments[i] = event.department();
            details[i] = json.writeValueAsString(event.details());
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(APPEND)) {
                statement.setObject(1, matter.value());
                statement.setArray(2, connection.createArrayOf("varchar", kinds));
                statement.setArray(3, connection.createArrayOf("text", times));
                statement.setArray(4, connection.createArrayOf("varchar", actors));
                statement.setArray(5, connection.createArrayOf("varchar", departments));
                statement.setArray(6, connection.createArrayOf("text", details));
                statement.setObject(7, matter.value());
                statement.executeUpdate();
            }
        });
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
