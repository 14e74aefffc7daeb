package io.onedoor.cases.notifications;

import io.onedoor.support.access.Caller;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Someone reading their inbox: their own notifications (by login), their department's, and the
 * center's if they supervise it. Read state is kept per login.
 */
public record Reader(String login, @Nullable String department, boolean supervisor) {

    /** The caller's inbox, as the verified token names them. */
    public static Reader of(Caller caller) {
        return new Reader(caller.displayedAs(), caller.department(), caller.hasRole("SUPERVISOR"));
    }

    /** The inboxes the reader reads: their own, their department's, the center's. */
    public List<Recipient> inboxes() {
        List<Recipient> inboxes = new ArrayList<>();
        inboxes.add(Recipient.person(login));
        if (department != null) {
            inboxes.add(Recipient.department(department));
        }
        if (supervisor) {
            inboxes.add(Recipient.center());
        }
        return List.copyOf(inboxes);
    }
}
