/**
 * Working days on China's official calendars (public holidays and make-up workdays), on which
 * every deadline is counted. The operator's maintenance API and per-tenant overrides build on it.
 */
@NullMarked
package io.onedoor.tenants.calendar;

import org.jspecify.annotations.NullMarked;
