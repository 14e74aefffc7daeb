/**
 * Cursors of the lists read page by page after the ledger's fashion (warnings, inboxes,
 * supervision items): opaque, signed for one tenant and one list.
 */
@NullMarked
package io.onedoor.cases.paging;

import org.jspecify.annotations.NullMarked;
