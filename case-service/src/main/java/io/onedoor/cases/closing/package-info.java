/** The end of a matter: outcome, close (办结), follow-up visit (回访), withdrawal. */
@NullMarked
package io.onedoor.cases.closing;

import org.jspecify.annotations.NullMarked;
