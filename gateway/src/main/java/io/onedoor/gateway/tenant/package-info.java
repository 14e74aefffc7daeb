/** The tenant gate: which routes serve a tenant, whether the path names a well-formed tenant, and whether that tenant may be served now. */
@NullMarked
package io.onedoor.gateway.tenant;

import org.jspecify.annotations.NullMarked;
