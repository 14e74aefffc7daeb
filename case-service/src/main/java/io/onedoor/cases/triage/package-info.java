/** Triage (分流): confirming or changing a matter's category and class. */
@NullMarked
package io.onedoor.cases.triage;

import org.jspecify.annotations.NullMarked;
