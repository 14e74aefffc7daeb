/**
 * The append-only audit log of administrative changes ({@code platform.audit_event}): written by
 * every feature in the transaction of the change it records, read by tenant admins, auditors and
 * provincial operators. A database trigger refuses to update or delete a row.
 */
@NullMarked
package io.onedoor.tenants.audit;

import org.jspecify.annotations.NullMarked;
