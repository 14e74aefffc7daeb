/**
 * A matter's clocks over HTTP and by themselves: pausing and resuming its SLA clocks (补充材料,
 * waiting on an outside body), extensions of its closure due or petition clock (延期) and their
 * decision, and the resume a pause's set date brings.
 */
@NullMarked
package io.onedoor.cases.pausing;

import org.jspecify.annotations.NullMarked;
