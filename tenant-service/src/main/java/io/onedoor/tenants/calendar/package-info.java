/**
 * Working days on China's official calendars (public holidays and make-up workdays), on which
 * every deadline is counted. {@link io.onedoor.tenants.calendar.ProvinceCalendars} is the public
 * entry: each province's calendars (the shipped national ones, replaced year by year by what the
 * province's operator saves in {@code platform.province_calendar}), announced by
 * {@link io.onedoor.tenants.calendar.ProvinceCalendarChanged}, each counted by service-support's
 * {@link io.onedoor.support.calendar.WorkingCalendar}; a center's own exceptions and working hours
 * go on top of it.
 */
@NullMarked
package io.onedoor.tenants.calendar;

import org.jspecify.annotations.NullMarked;
