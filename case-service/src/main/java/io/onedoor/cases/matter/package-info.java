@NullMarked
package io.onedoor.cases.matter;

import org.jspecify.annotations.NullMarked;
