package io.onedoor.cases.notifications;

import io.onedoor.cases.matter.ClockKind;

/**
 * A clock's name in the lines people read (notification titles, supervision reasons), in the
 * console's default language.
 */
public final class ClockLabels {

    private ClockLabels() {}

    public static String of(ClockKind clock) {
        return switch (clock) {
            case RESPONSE -> "响应时限";
            case SIGN_OFF -> "签收时限";
            case ARRIVAL -> "报到时限";
            case HANDLING -> "办理时限";
            case LOCK -> "分锁办理时限";
            case CLOSURE -> "办结时限";
            case FOLLOW_UP -> "回访时限";
            case PETITION -> "信访办理期限";
            case JUDICIAL_APPLICATION -> "司法确认申请期限";
            case COURT_ACCEPTANCE -> "法院受理期限";
            case INSTALMENT -> "分期履行期限";
        };
    }
}
