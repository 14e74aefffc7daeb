@NullMarked
package io.onedoor.cases.ledger;

import org.jspecify.annotations.NullMarked;
