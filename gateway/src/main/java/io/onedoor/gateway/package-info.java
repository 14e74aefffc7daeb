/** The gateway: request identity, authentication, authorization, the tenant gate, rate limits and problem answers. */
@NullMarked
package io.onedoor.gateway;

import org.jspecify.annotations.NullMarked;
