package io.onedoor.support.access;

/** What an enforcement point answers a caller for one operation. */
public enum Decision {
    /** The caller may go on. */
    ALLOW,
    /** A verified caller who may not do this: 403. */
    FORBIDDEN,
    /** The tenant lies outside the caller's province: answered as if it did not exist (404). */
    NOT_FOUND
}
