/**
 * Warnings (预警): what a matter's clocks raise when they turn yellow or red (due soon, overdue,
 * unsigned at the response due, arrival late, instalment missed), listed for the center and sent
 * to the inbox of whoever must act; resolved when the step they waited for is taken.
 */
@NullMarked
package io.onedoor.cases.warnings;

import org.jspecify.annotations.NullMarked;
