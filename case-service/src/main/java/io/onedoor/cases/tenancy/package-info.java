@NullMarked
package io.onedoor.cases.tenancy;

import org.jspecify.annotations.NullMarked;
