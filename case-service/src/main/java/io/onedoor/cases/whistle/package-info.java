/** Whistling a department in for a matter (吹哨) and recording its arrival at the center (报到). */
@NullMarked
package io.onedoor.cases.whistle;

import org.jspecify.annotations.NullMarked;
