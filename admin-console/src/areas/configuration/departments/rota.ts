import type { components } from '../../../api/generated/configuration';

export type Department = components['schemas']['Department'];
export type RotaEntry = components['schemas']['RotaEntry'];
export type Weekday = components['schemas']['Weekday'];
export type Mode = Department['mode'];

export const WEEKDAYS: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** A calendar date as `YYYY-MM-DD`, read as a day (no time zone). */
type IsoDate = string;

function parts(date: IsoDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y!, m!, d!];
}

function utc(date: IsoDate): Date {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d));
}

export function weekdayOf(date: IsoDate): Weekday {
  return WEEKDAYS[(utc(date).getUTCDay() + 6) % 7]!;
}

/** The ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(date: IsoDate): number {
  const thursday = utc(date);
  thursday.setUTCDate(thursday.getUTCDate() + 4 - (thursday.getUTCDay() || 7));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.ceil(((thursday.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

/** Whether a rota entry puts its department at the center on a date. */
export function entryCovers(entry: RotaEntry, date: IsoDate): boolean {
  if (entry.from && date < entry.from) return false;
  if (entry.until && date > entry.until) return false;
  if (!entry.days.includes(weekdayOf(date))) return false;
  if (entry.weeks === 'EVERY') return true;
  const odd = isoWeek(date) % 2 === 1;
  return entry.weeks === 'ODD' ? odd : !odd;
}

/** Whether a ROTATING department's rota has it at the center on a date (others: never by rota). */
export function onRota(department: Department, date: IsoDate): boolean {
  return department.mode === 'ROTATING' && (department.rota ?? []).some((entry) => entryCovers(entry, date));
}

/** The days of a month, `YYYY-MM-DD`. */
export function daysOfMonth(year: number, month: number): IsoDate[] {
  const count = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => `${year}-${String(month).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`);
}

/**
 * The rota of a month: for each day, the codes of the ROTATING departments at the center, in the
 * order of the list. Residents are there every working day and on-call ones when summoned, so
 * neither is listed; which days are working days is the center's calendar's business.
 */
export function rotaOfMonth(departments: Department[], year: number, month: number): Map<IsoDate, string[]> {
  return new Map(
    daysOfMonth(year, month).map((date) => [date, departments.filter((d) => onRota(d, date)).map((d) => d.code)]),
  );
}

/** How many days of a month each rotating department is at the center. */
export function daysPerDepartment(rota: Map<IsoDate, string[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const codes of rota.values()) for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return counts;
}

/** 互助托管: each host with the on-call departments it hosts; on-call ones without a host apart. */
export function hostingPairs(departments: Department[]): { hosts: { host: string; guests: string[] }[]; unhosted: string[] } {
  const byHost = new Map<string, string[]>();
  const unhosted: string[] = [];
  for (const department of departments) {
    if (department.mode !== 'ON_CALL') continue;
    if (department.host) byHost.set(department.host, [...(byHost.get(department.host) ?? []), department.code]);
    else unhosted.push(department.code);
  }
  const order = departments.map((d) => d.code);
  const hosts = [...byHost.entries()]
    .map(([host, guests]) => ({ host, guests }))
    .sort((a, b) => order.indexOf(a.host) - order.indexOf(b.host));
  return { hosts, unhosted };
}

/**
 * A department as the form edits it made ready to send: fields of other modes dropped (a rota only
 * for ROTATING, a host and a whistle only for ON_CALL), blank ones left out.
 */
export function cleanDepartment(department: Department): Department {
  const { code, name, mode, rota, whistle, host, duties } = department;
  const clean: Department = { code: code.trim(), mode };
  if (name?.trim()) clean.name = name.trim();
  if (mode === 'ROTATING') clean.rota = (rota ?? []).map(cleanEntry);
  else clean.rota = [];
  if (mode === 'ON_CALL') {
    if (host) clean.host = host;
    const contact = whistle?.contact?.trim();
    const phone = whistle?.phone?.trim();
    if (contact || phone || whistle?.arrivalMinutes != null) {
      clean.whistle = { arrivalMinutes: whistle?.arrivalMinutes ?? 30, ...(contact ? { contact } : {}), ...(phone ? { phone } : {}) };
    }
  }
  clean.duties = {
    accepts: duties?.accepts ?? [],
    joint: duties?.joint ?? [],
    supervisionTriggers: duties?.supervisionTriggers ?? [],
  };
  return clean;
}

function cleanEntry(entry: RotaEntry): RotaEntry {
  const clean: RotaEntry = { days: WEEKDAYS.filter((d) => entry.days?.includes(d)), weeks: entry.weeks ?? 'EVERY' };
  if (entry.from) clean.from = entry.from;
  if (entry.until) clean.until = entry.until;
  return clean;
}
