/** The timeline of each matter: every step written once, in order, and read back masked. */
@NullMarked
package io.onedoor.cases.timeline;

import org.jspecify.annotations.NullMarked;
