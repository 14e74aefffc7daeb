@NullMarked
package io.onedoor.cases.provisioning;

import org.jspecify.annotations.NullMarked;
