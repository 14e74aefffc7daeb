/** Cross-origin requests: the console's origin is allowed, every other refused. */
@NullMarked
package io.onedoor.gateway.cors;

import org.jspecify.annotations.NullMarked;
