package io.onedoor.cases.warnings;

import io.onedoor.cases.matter.ClockKind;
import io.onedoor.cases.matter.RunningClock;
import io.onedoor.cases.notifications.ClockLabels;
import org.jspecify.annotations.Nullable;

/**
 * A warning's line in an inbox, in the console's default language: the matter by its code, the
 * clock by name, the department by code, nothing personal. The console shows it as is; the
 * warning's kind and matter, also in the notification, let it say more.
 */
final class WarningTitles {

    private WarningTitles() {}

    static String of(WarningKind kind, String matterCode, RunningClock clock, @Nullable String department) {
        String at = department == null ? "" : "（" + department + "）";
        return switch (kind) {
            case DUE_SOON -> "事项 " + matterCode + "：" + label(clock.kind()) + "即将到期" + at;
            case OVERDUE -> "事项 " + matterCode + "：" + label(clock.kind()) + "已超期" + at;
            case UNSIGNED -> "事项 " + matterCode + "：未按时签收" + at;
            case ARRIVAL_LATE -> "事项 " + matterCode + "：吹哨未按时报到" + at;
            case INSTALMENT_MISSED -> "事项 " + matterCode + "：第 " + clock.subject() + " 期履行款逾期未付";
        };
    }

    private static String label(ClockKind clock) {
        return ClockLabels.of(clock);
    }
}
