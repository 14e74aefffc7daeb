package io.onedoor.cases.notifications;

import io.onedoor.api.cases.NotificationsApi;
import io.onedoor.api.cases.model.Notification;
import io.onedoor.api.cases.model.NotificationPage;
import io.onedoor.api.cases.model.NotificationsRead;
import io.onedoor.api.cases.model.UnreadCount;
import io.onedoor.api.cases.model.WarningKind;
import io.onedoor.cases.tenancy.BoundTenant;
import io.onedoor.support.access.RequestCaller;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.web.ProblemException;
import io.onedoor.support.web.Problems;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The caller's inbox over HTTP: theirs, their department's and, for supervisors, the center's. */
@RestController
class NotificationsController implements NotificationsApi {

    private final Inbox inbox;
    private final Clock clock;

    NotificationsController(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public ResponseEntity<NotificationPage> listNotifications(
            String tenant, @Nullable Boolean unread, Integer limit, @Nullable String cursor) {
        TenantCode code = BoundTenant.matching(tenant);
        Reader reader = Reader.of(RequestCaller.require());
        Inbox.Page page = inbox.page(code, reader, Boolean.TRUE.equals(unread), limit, cursor);
        NotificationPage body = new NotificationPage(
                        page.items().stream().map(NotificationsController::view).toList(), page.unread())
                .nextCursor(page.nextCursor());
        return ResponseEntity.ok(body);
    }

    @Override
    public ResponseEntity<UnreadCount> countUnreadNotifications(String tenant) {
        BoundTenant.matching(tenant);
        return ResponseEntity.ok(new UnreadCount(inbox.unread(Reader.of(RequestCaller.require()))));
    }

    @Override
    public ResponseEntity<UnreadCount> markNotificationsRead(String tenant, NotificationsRead read) {
        BoundTenant.matching(tenant);
        List<UUID> ids = read.getIds() == null ? List.of() : read.getIds();
        Instant upTo = read.getUpTo() == null ? null : read.getUpTo().toInstant();
        if (ids.isEmpty() && upTo == null) {
            throw invalid("ids", "name at least one notification, or give upTo");
        }
        if (!ids.isEmpty() && upTo != null) {
            throw invalid("upTo", "give either ids or upTo, not both");
        }
        long unread = inbox.markRead(Reader.of(RequestCaller.require()), ids, upTo, clock.instant());
        return ResponseEntity.ok(new UnreadCount(unread));
    }

    private static ProblemException invalid(String field, String message) {
        return ProblemException.fields(
                HttpStatus.BAD_REQUEST,
                "validation",
                "Request is not valid",
                List.of(new Problems.FieldProblem(field, message)));
    }

    private static Notification view(Inbox.Entry entry) {
        return new Notification(
                        entry.id(),
                        io.onedoor.api.cases.model.NotificationKind.fromValue(
                                entry.kind().name()),
                        entry.title(),
                        entry.createdAt().atOffset(ZoneOffset.UTC),
                        entry.read())
                .department(
                        entry.recipient().kind() == Recipient.Kind.DEPARTMENT
                                ? entry.recipient().id()
                                : null)
                .matterId(entry.matterId())
                .matterCode(entry.matterCode())
                .supervisionId(entry.supervisionId())
                .warningKind(entry.warningKind() == null ? null : WarningKind.fromValue(entry.warningKind()));
    }
}
