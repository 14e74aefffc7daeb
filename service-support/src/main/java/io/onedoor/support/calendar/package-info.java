/**
 * The arithmetic of deadlines on a center's working calendar, written once for every service:
 * which dates are working days (China's Monday to Friday, less public holidays, plus make-up
 * workdays, with a center's own overrides), and which moments are working time (the center's
 * working hours on those days, in China's time). It knows nothing of where the calendar comes
 * from: tenant-service builds it from the official notices, case-service from the snapshot.
 */
@NullMarked
package io.onedoor.support.calendar;

import org.jspecify.annotations.NullMarked;
