package io.onedoor.cases.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sender until a center wires an SMS or WeChat gateway: a log line per notification, with its
 * kind, recipient and matter code only (the tenant is in the line's context).
 */
public class LoggingNotificationSender implements NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingNotificationSender.class);

    @Override
    public void send(Outgoing notification) {
        log.info(
                "notification {} to {} about matter {}",
                notification.kind(),
                notification.recipient(),
                notification.matterCode() == null ? "-" : notification.matterCode());
    }
}
