/**
 * The deadline engine: every due time of a matter (and of a supervision item) is a timer in one
 * platform-level index, fired exactly once, in the tenant's scope, by whichever replica claims it.
 */
@NullMarked
package io.onedoor.cases.clocks;

import org.jspecify.annotations.NullMarked;
