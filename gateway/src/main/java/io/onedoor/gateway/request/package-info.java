/** Who a request is: its id, and the removal of every header a client may not set. */
@NullMarked
package io.onedoor.gateway.request;

import org.jspecify.annotations.NullMarked;
