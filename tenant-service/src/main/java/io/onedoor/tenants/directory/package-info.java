/**
 * The tenant directory in Redis, which the gateway reads to decide whether a tenant may be served:
 * written after every committed tenant change, re-written in full periodically, and answered on
 * the internal API for a gateway that finds no entry.
 */
@NullMarked
package io.onedoor.tenants.directory;

import org.jspecify.annotations.NullMarked;
