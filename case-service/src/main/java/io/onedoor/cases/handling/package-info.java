/** Handling records (办理记录): what the departments did for a matter, and the files attached to it. */
@NullMarked
package io.onedoor.cases.handling;

import org.jspecify.annotations.NullMarked;
