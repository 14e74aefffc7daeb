/** The gateway: request identity, the tenant gate, per-tenant rate limits and problem answers. */
@NullMarked
package io.onedoor.gateway;

import org.jspecify.annotations.NullMarked;
