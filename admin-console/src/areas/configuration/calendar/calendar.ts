import type { components } from '../../../api/generated/configuration';

export type CalendarOverride = components['schemas']['CalendarOverride'];
export type WorkingInterval = components['schemas']['WorkingInterval'];

/** The hours minute deadlines run in when the center sets none (the spec's default). */
export const DEFAULT_HOURS: WorkingInterval[] = [
  { start: '09:00', end: '12:00' },
  { start: '13:30', end: '17:30' },
];

/**
 * The overrides with one for its date put in date order, replacing one the date already had;
 * answers the list and where the override is in it.
 */
export function withOverride(overrides: readonly CalendarOverride[], override: CalendarOverride): { overrides: CalendarOverride[]; index: number } {
  const rest = overrides.filter((item) => item.date !== override.date);
  let index = rest.findIndex((item) => item.date > override.date);
  if (index < 0) index = rest.length;
  return { overrides: [...rest.slice(0, index), override, ...rest.slice(index)], index };
}

/** What an override of a date most likely is: a duty weekend makes a working day, a weekday a day off. */
export function likelyWorking(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}
