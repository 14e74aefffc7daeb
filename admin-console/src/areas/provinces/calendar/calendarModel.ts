import type { components } from '../../../api/generated/configuration';

/** The calendar document as the API takes it: named holiday ranges and make-up workdays. */
export type CalendarDocument = components['schemas']['CalendarYear'];
export type Holiday = components['schemas']['Holiday'];

/**
 * What a day is: a workday, a weekend day off (rest), a holiday, or a weekend day worked in
 * exchange for a holiday (make-up workday, 调休上班).
 */
export type DayKind = 'workday' | 'rest' | 'holiday' | 'makeup';

const DAY_MS = 86_400_000;

function toMs(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function toIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return toIso(toMs(iso) + days * DAY_MS);
}

/** Monday 0 … Sunday 6. */
export function weekdayOf(iso: string): number {
  return (new Date(toMs(iso)).getUTCDay() + 6) % 7;
}

export function isWeekend(iso: string): boolean {
  return weekdayOf(iso) >= 5;
}

/** The days of a month (1-12) as ISO dates. */
export function daysOfMonth(year: number, month: number): string[] {
  const count = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => toIso(Date.UTC(year, month - 1, i + 1)));
}

export function daysOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, m) => daysOfMonth(year, m + 1)).flat();
}

/** Each holiday date with the name of its holiday. */
function holidayDates(document: CalendarDocument): Map<string, string> {
  const dates = new Map<string, string>();
  for (const holiday of document.holidays) {
    for (let day = holiday.from; day <= holiday.to; day = addDays(day, 1)) dates.set(day, holiday.name);
  }
  return dates;
}

/** What a day is in a calendar, and the name of its holiday if it is one. */
export function kindOf(document: CalendarDocument, iso: string): { kind: DayKind; name?: string } {
  const holiday = document.holidays.find((h) => h.from <= iso && iso <= h.to);
  if (holiday) return { kind: 'holiday', name: holiday.name };
  if (document.makeUpWorkdays.includes(iso)) return { kind: 'makeup' };
  return { kind: isWeekend(iso) ? 'rest' : 'workday' };
}

/** Holiday dates back into ranges: consecutive days of the same name make one holiday. */
function fromDates(dates: Map<string, string>, makeUp: Set<string>): CalendarDocument {
  const holidays: Holiday[] = [];
  for (const day of [...dates.keys()].sort()) {
    const name = dates.get(day)!;
    const last = holidays.at(-1);
    if (last && last.name === name && addDays(last.to, 1) === day) last.to = day;
    else holidays.push({ name, from: day, to: day });
  }
  return { holidays, makeUpWorkdays: [...makeUp].sort() };
}

/**
 * The calendar with one day switched to its next kind: a weekday between workday and holiday; a
 * weekend day from rest to make-up workday to holiday and back to rest. A new holiday day joins
 * the holiday of the day before or after it, or else is named `newName`.
 */
export function toggleDay(document: CalendarDocument, iso: string, newName: string): CalendarDocument {
  const dates = holidayDates(document);
  const makeUp = new Set(document.makeUpWorkdays);
  const nameFor = () => dates.get(addDays(iso, -1)) ?? dates.get(addDays(iso, 1)) ?? newName;
  const { kind } = kindOf(document, iso);
  if (kind === 'holiday') dates.delete(iso);
  else if (kind === 'rest') makeUp.add(iso);
  else if (kind === 'makeup') {
    makeUp.delete(iso);
    dates.set(iso, nameFor());
  } else dates.set(iso, nameFor());
  return fromDates(dates, makeUp);
}

/** The calendar with one holiday renamed (its dates unchanged). */
export function renameHoliday(document: CalendarDocument, index: number, name: string): CalendarDocument {
  return { ...document, holidays: document.holidays.map((h, i) => (i === index ? { ...h, name } : h)) };
}

/** A calendar in its canonical form (ranges sorted and merged, dates sorted), to compare two. */
export function canonical(document: CalendarDocument): CalendarDocument {
  return fromDates(holidayDates(document), new Set(document.makeUpWorkdays));
}

export function sameCalendar(a: CalendarDocument, b: CalendarDocument): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** How many days of the year are worked, off for a holiday, and worked in exchange. */
export function countDays(document: CalendarDocument, year: number): { workdays: number; holidays: number; makeup: number } {
  const counts = { workdays: 0, holidays: 0, makeup: 0 };
  for (const day of daysOfYear(year)) {
    const { kind } = kindOf(document, day);
    if (kind === 'workday' || kind === 'makeup') counts.workdays += 1;
    if (kind === 'holiday') counts.holidays += 1;
    if (kind === 'makeup') counts.makeup += 1;
  }
  return counts;
}

export function holidayLength(holiday: Holiday): number {
  return Math.round((toMs(holiday.to) - toMs(holiday.from)) / DAY_MS) + 1;
}

/**
 * The calendar with every day from `from` to `to` (inclusive) a holiday named `name`: days of
 * other holidays are taken over, make-up workdays among them are dropped.
 */
export function addHoliday(document: CalendarDocument, name: string, from: string, to: string): CalendarDocument {
  const dates = holidayDates(document);
  const makeUp = new Set(document.makeUpWorkdays);
  for (let day = from; day <= to; day = addDays(day, 1)) {
    dates.set(day, name);
    makeUp.delete(day);
  }
  return fromDates(dates, makeUp);
}
