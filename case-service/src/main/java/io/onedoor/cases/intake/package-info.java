@NullMarked
package io.onedoor.cases.intake;

import org.jspecify.annotations.NullMarked;
