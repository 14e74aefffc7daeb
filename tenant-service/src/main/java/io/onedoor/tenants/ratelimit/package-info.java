/**
 * A tenant's own request limit at the gateway: set and removed by the operator of its province,
 * stored in {@code platform.tenant_rate_limit}, audited, and written to Redis after each commit
 * (and re-written periodically) where the gateway's token buckets read it.
 */
@NullMarked
package io.onedoor.tenants.ratelimit;

import org.jspecify.annotations.NullMarked;
