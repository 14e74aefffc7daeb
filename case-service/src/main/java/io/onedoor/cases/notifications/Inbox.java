package io.onedoor.cases.notifications;

import io.onedoor.cases.ledger.InvalidCursorException;
import io.onedoor.cases.paging.PageCursors;
import io.onedoor.support.tenancy.CurrentTenant;
import io.onedoor.support.tenancy.TenantCode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The inboxes of the bound tenant's people, departments and center ({@code notification}): a
 * notice delivered to each recipient in the writer's transaction and handed to the {@link
 * NotificationSender} once that transaction commits; read page by page, newest first, each
 * reader's read state their own.
 */
@Component
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);
    private static final String LIST = "inbox";

    @PersistenceContext
    private EntityManager entityManager;

    private final NotificationSender sender;
    private final PageCursors cursors;

    Inbox(NotificationSender sender, PageCursors cursors) {
        this.sender = sender;
        this.cursors = cursors;
    }

    /**
     * The notice in each recipient's inbox (a recipient named twice gets it once), written in the
     * caller's transaction; sent through the sender after it commits, never if it rolls back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void deliver(Notice notice, Collection<Recipient> recipients, Instant at) {
        TenantCode tenant = CurrentTenant.require();
        Instant created = at.truncatedTo(ChronoUnit.MICROS);
        List<NotificationSender.Outgoing> outgoing = new ArrayList<>();
        for (Recipient recipient : new LinkedHashSet<>(recipients)) {
            UUID id = UUID.randomUUID();
            entityManager
                    .unwrap(Session.class)
                    .createNativeMutationQuery("""
                            insert into notification (id, kind, title, recipient_kind, recipient, matter_id,
                                                      supervision_id, warning_kind, created_at)
                            values (:id, :kind, :title, :recipientKind, :recipient, :matter, :supervision,
                                    :warningKind, :createdAt)""")
                    .setParameter("id", id)
                    .setParameter("kind", notice.kind().name())
                    .setParameter("title", notice.title())
                    .setParameter("recipientKind", recipient.kind().name())
                    .setParameter("recipient", recipient.id())
                    .setParameter("matter", notice.matterId(), UUID.class)
                    .setParameter("supervision", notice.supervisionId(), UUID.class)
                    .setParameter("warningKind", notice.warningKind(), String.class)
                    .setParameter("createdAt", created)
                    .executeUpdate();
            outgoing.add(new NotificationSender.Outgoing(
                    tenant, id, recipient, notice.kind(), notice.title(), notice.matterCode()));
        }
        if (outgoing.isEmpty()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                for (NotificationSender.Outgoing notification : outgoing) {
                    try {
                        sender.send(notification);
                    } catch (RuntimeException e) {
                        // Written and committed: the inbox has it whatever the gateway does.
                        log.warn(
                                "notification {} to {} not sent: {}",
                                notification.kind(),
                                notification.recipient(),
                                e.toString());
                    }
                }
            }
        });
    }

    /**
     * One page of the reader's inbox (their own, their department's, the center's if they
     * supervise), newest first, after the cursor if given, and how many they have not read. A
     * cursor this tenant's inbox did not issue is refused ({@link InvalidCursorException}).
     */
    @Transactional(readOnly = true)
    public Page page(TenantCode tenant, Reader reader, boolean unreadOnly, int limit, @Nullable String cursor) {
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("a page has 1 to 200 notifications");
        }
        Position after = cursor == null ? null : position(tenant, cursor);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("reader", reader.login());
        parameters.put("limit", limit + 1);
        List<String> parts = new ArrayList<>();
        List<Recipient> inboxes = reader.inboxes();
        for (int i = 0; i < inboxes.size(); i++) {
            // Each inbox read along its own index, newest first; at most a page from each.
            StringBuilder part = new StringBuilder("(select * from notification n where n.recipient_kind = :kind")
                    .append(i)
                    .append(" and n.recipient = :recipient")
                    .append(i);
            parameters.put("kind" + i, inboxes.get(i).kind().name());
            parameters.put("recipient" + i, inboxes.get(i).id());
            if (after != null) {
                part.append(" and (n.created_at, n.id) < (:afterAt, :afterId)");
            }
            if (unreadOnly) {
                part.append(" and not exists (select 1 from notification_read r"
                        + " where r.notification_id = n.id and r.reader = :reader)");
            }
            part.append(" order by n.created_at desc, n.id desc limit :limit)");
            parts.add(part.toString());
        }
        if (after != null) {
            parameters.put("afterAt", after.createdAt());
            parameters.put("afterId", after.id());
        }
        String sql = "select n.id, n.kind, n.title, n.recipient_kind, n.recipient, n.matter_id, m.code,"
                + " n.supervision_id, n.warning_kind, n.created_at,"
                + " exists (select 1 from notification_read r where r.notification_id = n.id and r.reader = :reader)"
                + " from (" + String.join(" union all ", parts) + ") n"
                + " left join matter m on m.id = n.matter_id"
                + " order by n.created_at desc, n.id desc limit :limit";
        Query query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Entry> items = new ArrayList<>();
        for (Object[] row : rows.subList(0, Math.min(limit, rows.size()))) {
            items.add(new Entry(
                    (UUID) row[0],
                    NotificationKind.valueOf((String) row[1]),
                    (String) row[2],
                    new Recipient(Recipient.Kind.valueOf((String) row[3]), (String) row[4]),
                    (UUID) row[5],
                    (String) row[6],
                    (UUID) row[7],
                    (String) row[8],
                    instant(row[9]),
                    (Boolean) row[10]));
        }
        String next = null;
        if (rows.size() > limit) {
            Entry last = items.getLast();
            next = cursors.encode(
                    tenant,
                    LIST,
                    Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, last.createdAt())),
                    last.id().toString());
        }
        return new Page(List.copyOf(items), unread(reader), next);
    }

    /** How many notifications of the reader's inbox they have not read. */
    @Transactional(readOnly = true)
    public long unread(Reader reader) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String sql = "select count(*) from notification n where " + inbox(reader, parameters)
                + " and not exists (select 1 from notification_read r"
                + " where r.notification_id = n.id and r.reader = :reader)";
        parameters.put("reader", reader.login());
        Query query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * Marks read, for the reader alone, the named notifications of their inbox (ids outside it
     * are ignored, as if unknown) or every one of it created up to {@code upTo}; the unread count
     * after.
     */
    @Transactional
    public long markRead(Reader reader, Collection<UUID> ids, @Nullable Instant upTo, Instant now) {
        if (ids.isEmpty() == (upTo == null)) {
            throw new IllegalArgumentException("name the notifications, or a moment to mark up to");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("insert into notification_read (notification_id, reader, read_at)"
                        + " select n.id, :reader, :now from notification n where ")
                .append(inbox(reader, parameters));
        if (!ids.isEmpty()) {
            sql.append(" and n.id = any(cast(:ids as uuid[]))");
            parameters.put("ids", ids.stream().map(UUID::toString).toArray(String[]::new));
        }
        if (upTo != null) {
            sql.append(" and n.created_at <= :upTo");
            parameters.put("upTo", upTo);
        }
        sql.append(" on conflict do nothing");
        parameters.put("reader", reader.login());
        parameters.put("now", now.truncatedTo(ChronoUnit.MICROS));
        Query query = entityManager.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        query.executeUpdate();
        return unread(reader);
    }

    /** The condition that a notification {@code n} is in the reader's inbox. */
    private static String inbox(Reader reader, Map<String, Object> parameters) {
        List<String> parts = new ArrayList<>();
        List<Recipient> inboxes = reader.inboxes();
        for (int i = 0; i < inboxes.size(); i++) {
            parts.add("(n.recipient_kind = :kind" + i + " and n.recipient = :recipient" + i + ")");
            parameters.put("kind" + i, inboxes.get(i).kind().name());
            parameters.put("recipient" + i, inboxes.get(i).id());
        }
        return "(" + String.join(" or ", parts) + ")";
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

    static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime time -> time.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }

    private record Position(Instant createdAt, UUID id) {}

    /** One notification as its reader sees it. */
    public record Entry(
            UUID id,
            NotificationKind kind,
            String title,
            Recipient recipient,
            @Nullable UUID matterId,
            @Nullable String matterCode,
            @Nullable UUID supervisionId,
            @Nullable String warningKind,
            Instant createdAt,
            boolean read) {}

    /** A page of an inbox, newest first, the reader's unread count, and the next page's cursor. */
    public record Page(
            List<Entry> items, long unread, @Nullable String nextCursor) {}
}
