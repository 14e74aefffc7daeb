/**
 * Performance of an outcome after it is agreed (履行): a payment agreement's instalments paid
 * and the court's judicial confirmation (司法确认), followed in handling and after closing.
 */
@NullMarked
package io.onedoor.cases.performance;

import org.jspecify.annotations.NullMarked;
