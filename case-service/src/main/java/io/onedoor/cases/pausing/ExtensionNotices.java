package io.onedoor.cases.pausing;

import io.onedoor.cases.matter.Extension;
import io.onedoor.cases.matter.ExtensionStatus;
import io.onedoor.cases.matter.Matter;
import io.onedoor.cases.matter.MatterWrites;
import io.onedoor.cases.notifications.Inbox;
import io.onedoor.cases.notifications.Notice;
import io.onedoor.cases.notifications.NotificationKind;
import io.onedoor.cases.notifications.Recipient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who must hear of an extension: the center's supervisors when one is asked for (they decide it),
 * and whoever asked once it is decided. Delivered in the step's transaction, like every notice.
 */
@Component
class ExtensionNotices implements MatterWrites {

    private final Inbox inbox;

    ExtensionNotices(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void written(Matter matter, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        List<Extension> extensions = matter.extensions();
        for (int i = 0; i < extensions.size(); i++) {
            Extension extension = extensions.get(i);
            int number = i + 1;
            String code = matter.code().value();
            if (extension.status() == ExtensionStatus.PENDING
                    && extension.requestedAt().equals(at)) {
                inbox.deliver(
                        notice(
                                NotificationKind.EXTENSION_REQUESTED,
                                "案件 " + code + " 申请延期（第 " + number + " 次，" + extension.days() + " 天），待审批",
                                matter),
                        List.of(Recipient.center()),
                        now);
            }
            if (extension.decidedAt().filter(at::equals).isPresent()) {
                inbox.deliver(
                        notice(
                                NotificationKind.EXTENSION_DECIDED,
                                "案件 " + code + " 的延期申请（第 " + number + " 次）"
                                        + (extension.status() == ExtensionStatus.APPROVED ? "已批准" : "未获批准"),
                                matter),
                        List.of(Recipient.person(extension.requestedBy())),
                        now);
            }
        }
    }

    private static Notice notice(NotificationKind kind, String title, Matter matter) {
        return new Notice(kind, title, matter.id().value(), matter.code().value(), null, null);
    }
}
