@NullMarked
package io.onedoor.cases.pii;

import org.jspecify.annotations.NullMarked;
