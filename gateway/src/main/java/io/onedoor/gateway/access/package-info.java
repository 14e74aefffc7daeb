/** What the caller may do: the spec's access rules, applied before anything is forwarded. */
@NullMarked
package io.onedoor.gateway.access;

import org.jspecify.annotations.NullMarked;
