package io.onedoor.cases.warnings;

import io.onedoor.cases.ledger.InvalidCursorException;
import io.onedoor.cases.matter.ClockKind;
import io.onedoor.cases.matter.Light;
import io.onedoor.cases.matter.Matter;
import io.onedoor.cases.matter.MatterReach;
import io.onedoor.cases.matter.OrgUnitCode;
import io.onedoor.cases.matter.RunningClock;
import io.onedoor.cases.notifications.Inbox;
import io.onedoor.cases.notifications.Notice;
import io.onedoor.cases.notifications.NotificationKind;
import io.onedoor.cases.notifications.Recipient;
import io.onedoor.cases.paging.PageCursors;
import io.onedoor.support.tenancy.TenantCode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bound tenant's warnings ({@code warning}): raised once per clock, subject, kind and due
 * time, however often the alarm is handed over; resolved by the step that stops their clock;
 * listed newest first.
 */
@Component
public class Warnings {

    private static final String LIST = "warnings";

    @PersistenceContext
    private EntityManager entityManager;

    private final Inbox inbox;
    private final PageCursors cursors;

    Warnings(Inbox inbox, PageCursors cursors) {
        this.inbox = inbox;
        this.cursors = cursors;
    }

    /**
     * Raises the warning of the matter's running clock, unless it was raised already for that
     * due time, and notifies whoever must act: the clock's department, else the matter's lead
     * and holding departments, else the center. Whether it was raised now.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean raise(Matter matter, RunningClock clock, WarningKind kind, Instant now) {
        Instant raisedAt = now.truncatedTo(ChronoUnit.MICROS);
        List<String> departments = actingDepartments(matter, clock);
        String department = departments.isEmpty() ? null : departments.getFirst();
        int inserted = entityManager
                .unwrap(Session.class)
                .createNativeMutationQuery("""
                        insert into warning (id, kind, matter_id, clock, subject, department, due_at, raised_at, light)
                        values (:id, :kind, :matter, :clock, :subject, :department, :dueAt, :raisedAt, :light)
                        on conflict (matter_id, clock, subject, kind, due_at) do nothing""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("kind", kind.name())
                .setParameter("matter", matter.id().value())
                .setParameter("clock", clock.kind().name())
                .setParameter("subject", clock.subject())
                .setParameter("department", department, String.class)
                .setParameter("dueAt", clock.dueAt())
                .setParameter("raisedAt", raisedAt)
                .setParameter("light", kind.light().name())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        List<Recipient> recipients = departments.isEmpty()
                ? List.of(Recipient.center())
                : departments.stream().map(Recipient::department).toList();
        String code = matter.code().value();
        inbox.deliver(
                new Notice(
                        NotificationKind.WARNING,
                        WarningTitles.of(kind, code, clock, department),
                        matter.id().value(),
                        code,
                        null,
                        kind.name()),
                recipients,
                raisedAt);
        return true;
    }

    /**
     * Who must act on a clock: its own department where it has one, else the departments leading
     * and holding the matter (lead first); none means the center.
     */
    static List<String> actingDepartments(Matter matter, RunningClock clock) {
        if (clock.department() != null) {
            return List.of(clock.department());
        }
        Set<String> departments = new LinkedHashSet<>();
        matter.leadDepartment().ifPresent(departments::add);
        departments.addAll(matter.holders());
        return List.copyOf(departments);
    }

    /**
     * Resolves the matter's open warnings whose clock no longer runs for the due time they were
     * raised for (the step was taken, the matter ended, the due moved); how many.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int resolveStopped(Matter matter, Instant now) {
        List<RunningClock> running = matter.runningClocks();
        return entityManager
                .createNativeQuery("""
                        update warning w set resolved_at = :now
                        where w.matter_id = :matter and w.resolved_at is null
                          and not exists (
                              select 1 from unnest(cast(:clocks as text[]), cast(:subjects as text[]),
                                                   cast(cast(:dues as text[]) as timestamptz[])) as c(clock, subject, due_at)
                              where c.clock = w.clock and c.subject = w.subject and c.due_at = w.due_at)""")
                .setParameter("now", now.truncatedTo(ChronoUnit.MICROS))
                .setParameter("matter", matter.id().value())
                .setParameter(
                        "clocks",
                        running.stream().map(clock -> clock.kind().name()).toArray(String[]::new))
                .setParameter(
                        "subjects", running.stream().map(RunningClock::subject).toArray(String[]::new))
                .setParameter(
                        "dues",
                        running.stream().map(clock -> clock.dueAt().toString()).toArray(String[]::new))
                .executeUpdate();
    }

    /**
     * One page of the warnings within the caller's reach that pass the filter, newest first,
     * after the cursor if given; their lights as of {@code now}. A cursor this tenant's list did
     * not issue is refused ({@link InvalidCursorException}).
     */
    @Transactional(readOnly = true)
    public Page page(
            TenantCode tenant, MatterReach reach, Filter filter, int limit, @Nullable String cursor, Instant now) {
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("a page has 1 to 200 warnings");
        }
        Position after = cursor == null ? null : position(tenant, cursor);
        if (reach instanceof MatterReach.Nothing) {
            return new Page(List.of(), null);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        // Fixed fragments only; every value is a bound parameter.
        StringBuilder sql = new StringBuilder("""
                select w.id, w.kind, w.matter_id, m.code, w.clock, w.subject, w.department, w.due_at, w.raised_at,
                       w.light, w.resolved_at
                from warning w join matter m on m.id = w.matter_id where true""");
        if (reach instanceof MatterReach.Subtree subtree) {
            sql.append(" and m.org_unit_code = any(cast(:subtree as text[]))");
            parameters.put(
                    "subtree", subtree.units().stream().map(OrgUnitCode::value).toArray(String[]::new));
        }
        if (!filter.kinds().isEmpty()) {
            sql.append(" and w.kind = any(cast(:kinds as text[]))");
            parameters.put("kinds", filter.kinds().stream().map(Enum::name).toArray(String[]::new));
        }
        if (filter.open() != null) {
            sql.append(filter.open() ? " and w.resolved_at is null" : " and w.resolved_at is not null");
        }
        if (filter.department() != null) {
            sql.append(" and w.department = :department");
            parameters.put("department", filter.department());
        }
        if (filter.matter() != null) {
            sql.append(" and w.matter_id = :matter");
            parameters.put("matter", filter.matter());
        }
        if (after != null) {
            sql.append(" and (w.raised_at, w.id) < (:afterAt, :afterId)");
            parameters.put("afterAt", after.raisedAt());
            parameters.put("afterId", after.id());
        }
        sql.append(" order by w.raised_at desc, w.id desc limit :limit");
        parameters.put("limit", limit + 1);
        Query query = entityManager.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Entry> items = new ArrayList<>();
        for (Object[] row : rows.subList(0, Math.min(limit, rows.size()))) {
            WarningKind kind = WarningKind.valueOf((String) row[1]);
            Instant dueAt = instant(row[7]);
            Instant resolvedAt = row[10] == null ? null : instant(row[10]);
            Light raisedLight = Light.valueOf((String) row[9]);
            // An open warning shows its clock's light now: a due-soon one turns red at the due.
            Light light = resolvedAt == null && !now.isBefore(dueAt) ? Light.RED : raisedLight;
            items.add(new Entry(
                    (UUID) row[0],
                    kind,
                    (UUID) row[2],
                    (String) row[3],
                    ClockKind.valueOf((String) row[4]),
                    (String) row[5],
                    (String) row[6],
                    dueAt,
                    instant(row[8]),
                    light,
                    resolvedAt));
        }
        String next = null;
        if (rows.size() > limit) {
            Entry last = items.getLast();
            next = cursors.encode(
                    tenant,
                    LIST,
                    Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, last.raisedAt())),
                    last.id().toString());
        }
        return new Page(List.copyOf(items), next);
    }

    private Position position(TenantCode tenant, String cursor) {
        List<String> parts = cursors.decode(tenant, LIST, cursor, 2);
        try {
            return new Position(
                    Instant.EPOCH.plus(Long.parseLong(parts.get(0)), ChronoUnit.MICROS), UUID.fromString(parts.get(1)));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new InvalidCursorException();
        }
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime time -> time.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }

    private record Position(Instant raisedAt, UUID id) {}

    /**
     * Which warnings a list shows: of these kinds (all if none), open or resolved (both if
     * null), of one department, of one matter.
     */
    public record Filter(
            Set<WarningKind> kinds,
            @Nullable Boolean open,
            @Nullable String department,
            @Nullable UUID matter) {

        public Filter {
            kinds = Set.copyOf(kinds);
        }
    }

    /** One warning as the center's list shows it. */
    public record Entry(
            UUID id,
            WarningKind kind,
            UUID matterId,
            String matterCode,
            ClockKind clock,
            String subject,
            @Nullable String department,
            Instant dueAt,
            Instant raisedAt,
            Light light,
            @Nullable Instant resolvedAt) {}

    /** A page of warnings, newest first, and the next page's cursor. */
    public record Page(List<Entry> items, @Nullable String nextCursor) {}
}
