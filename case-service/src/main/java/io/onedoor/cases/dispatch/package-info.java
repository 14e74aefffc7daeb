/** Dispatch (分派) to departments, and the departments' sign-off, return and completion of their assignments. */
@NullMarked
package io.onedoor.cases.dispatch;

import org.jspecify.annotations.NullMarked;
