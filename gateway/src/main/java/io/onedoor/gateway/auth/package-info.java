/** Where the caller will be authenticated. */
@NullMarked
package io.onedoor.gateway.auth;

import org.jspecify.annotations.NullMarked;
