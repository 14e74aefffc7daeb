@NullMarked
package io.onedoor.cases;

import org.jspecify.annotations.NullMarked;
