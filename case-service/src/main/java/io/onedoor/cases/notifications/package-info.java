/**
 * Each person's and department's inbox, and the center's (its supervisors'): what the clocks and
 * supervision tell whoever must act, read state kept per reader, and the port through which a
 * notification also leaves as an SMS or a WeChat message once its transaction has committed.
 */
@NullMarked
package io.onedoor.cases.notifications;

import org.jspecify.annotations.NullMarked;
