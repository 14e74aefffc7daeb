package io.onedoor.cases.notifications;

import io.onedoor.support.tenancy.TenantCode;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The port through which a notification also leaves the platform (an SMS gateway, WeChat work
 * messages): called once per recipient, after the transaction that wrote the notification has
 * committed, so a step or an alarm that rolls back sends nothing. Resolving a person's or a
 * department's phone or account is the sender's business; what it is handed holds no personal
 * data. A sender that fails is logged and does not undo the notification.
 */
@FunctionalInterface
public interface NotificationSender {

    void send(Outgoing notification);

    /** One notification to one recipient. */
    record Outgoing(
            TenantCode tenant,
            UUID id,
            Recipient recipient,
            NotificationKind kind,
            String title,
            @Nullable String matterCode) {}
}
