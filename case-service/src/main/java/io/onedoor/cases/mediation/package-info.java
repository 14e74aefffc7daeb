/** Mediation sessions (调解) of a matter in handling, recorded round by round. */
@NullMarked
package io.onedoor.cases.mediation;

import org.jspecify.annotations.NullMarked;
