/** Who the caller is: the bearer token, verified against the issuer's published keys. */
@NullMarked
package io.onedoor.gateway.auth;

import org.jspecify.annotations.NullMarked;
