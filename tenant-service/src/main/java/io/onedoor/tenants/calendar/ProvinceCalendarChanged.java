package io.onedoor.tenants.calendar;

/**
 * A province's calendar for a year was saved. Published once the save has committed, so a
 * listener reading {@link ProvinceCalendars} sees the new calendar; the event carries no copy of
 * it. The centers of the province count deadlines differently from now on.
 */
public record ProvinceCalendarChanged(String provinceCode, int year) {}
