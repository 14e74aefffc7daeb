/** Per-tenant and per-client token buckets in Redis. */
@NullMarked
package io.onedoor.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
