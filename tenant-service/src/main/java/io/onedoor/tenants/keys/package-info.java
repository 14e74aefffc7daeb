/**
 * The RSA keys that sign access tokens: stored in {@code platform.signing_key} with their private
 * parts encrypted, rotated on a schedule (and on demand), published in the JWKS until every token
 * they signed has expired, then retired.
 */
@NullMarked
package io.onedoor.tenants.keys;

import org.jspecify.annotations.NullMarked;
