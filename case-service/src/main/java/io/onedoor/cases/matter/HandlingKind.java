package io.onedoor.cases.matter;

/** What kind of work a handling record is. */
public enum HandlingKind {
    /** 走访. */
    VISIT,
    /** 现场测量. */
    SITE_MEASUREMENT,
    /** 电话. */
    CALL,
    /** 会面. */
    MEETING,
    /** 材料. */
    DOCUMENT,
    OTHER
}
