/** Per-tenant token buckets in Redis. */
@NullMarked
package io.onedoor.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
