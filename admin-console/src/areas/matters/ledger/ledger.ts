import type { components } from '../../../api/generated/cases';
import { CHANNELS, COMPLEXITIES, STATUSES } from '../enums';

type MatterSummary = components['schemas']['MatterSummary'];
type MatterStatus = components['schemas']['MatterStatus'];
type Channel = components['schemas']['Channel'];
type Complexity = components['schemas']['Complexity'];
type Light = components['schemas']['Light'];

const LIGHTS: readonly Light[] = ['RED', 'YELLOW', 'GREEN'];

const OPEN: ReadonlySet<MatterStatus> = new Set(['REGISTERED', 'TRIAGED', 'DISPATCHED', 'IN_HANDLING']);

/** What a matter waits for now, read from its ledger line: the step and who must take it. */
export type CurrentStep =
  | { kind: 'awaitTriage' }
  | { kind: 'awaitDispatch' }
  | { kind: 'awaitSign'; departments: string[]; late: boolean }
  | { kind: 'inHandling'; departments: string[] }
  | { kind: 'awaitClose' }
  | { kind: 'awaitFollowUp' }
  | { kind: 'finished' }
  | { kind: 'withdrawn' };

export function currentStep(matter: MatterSummary): CurrentStep {
  const holders = matter.holders ?? [];
  const late = matter.unsignedPastDue ?? [];
  switch (matter.status) {
    case 'REGISTERED':
      return { kind: 'awaitTriage' };
    case 'TRIAGED':
      return { kind: 'awaitDispatch' };
    case 'DISPATCHED':
      return late.length > 0
        ? { kind: 'awaitSign', departments: late, late: true }
        : { kind: 'awaitSign', departments: holders, late: false };
    case 'IN_HANDLING':
      // Every department has done its part: the center records the outcome and closes it.
      return holders.length > 0 ? { kind: 'inHandling', departments: holders } : { kind: 'awaitClose' };
    case 'CLOSED':
      return { kind: 'awaitFollowUp' };
    case 'FOLLOWED_UP':
      return { kind: 'finished' };
    case 'WITHDRAWN':
      return { kind: 'withdrawn' };
  }
}

/**
 * The next deadline a matter waits on and whether it has passed. (Its light is the API's, counted
 * against the center's light policy: `MatterSummary.light`.)
 */
export interface Due {
  at: Date;
  overdue: boolean;
}

/** The end (in China) of a day given as YYYY-MM-DD. */
export function endOfChinaDay(date: string): Date {
  return new Date(`${date}T23:59:59.999+08:00`);
}

/**
 * The next deadline the matter waits on (the API's nextDueAt; else the end of its closure due
 * day while it is open); null for a matter that waits on nothing.
 */
export function dueOf(matter: MatterSummary, now: Date): Due | null {
  if (matter.status === 'FOLLOWED_UP' || matter.status === 'WITHDRAWN') return null;
  const at = matter.nextDueAt
    ? new Date(matter.nextDueAt)
    : OPEN.has(matter.status) && matter.closureDueOn
      ? endOfChinaDay(matter.closureDueOn)
      : null;
  if (!at) return null;
  return { at, overdue: at.getTime() < now.getTime() };
}

/** Whether an open matter is past its closure due (the ledger's `overdue` filter). */
export function pastClosureDue(matter: MatterSummary, now: Date): boolean {
  return OPEN.has(matter.status) && !!matter.closureDueOn && endOfChinaDay(matter.closureDueOn) < now;
}

/** The ledger's filters, as listMatters takes them. */
export interface LedgerFilters {
  status?: MatterStatus[];
  categoryCode?: string;
  channel?: Channel;
  department?: string;
  complexity?: Complexity;
  overdue?: boolean;
  /** Only matters whose light (their worst running clock's) is one of these. */
  light?: Light[];
  registeredFrom?: string;
  registeredTo?: string;
  orgUnit?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filters a URL's query names (so a reload or a shared link keeps them); unknown values are dropped. */
export function filtersOf(query: URLSearchParams): LedgerFilters {
  const text = (name: string) => query.get(name)?.trim() || undefined;
  const status = (query.get('status') ?? '')
    .split(',')
    .filter((s): s is MatterStatus => (STATUSES as readonly string[]).includes(s));
  const light = [...new Set((query.get('light') ?? '').split(','))].filter((l): l is Light => (LIGHTS as readonly string[]).includes(l));
  const channel = text('channel');
  const complexity = text('complexity');
  const overdue = text('overdue');
  const from = text('registeredFrom');
  const to = text('registeredTo');
  return {
    ...(status.length > 0 ? { status } : {}),
    ...(text('categoryCode') ? { categoryCode: text('categoryCode') } : {}),
    ...(channel && (CHANNELS as readonly string[]).includes(channel) ? { channel: channel as Channel } : {}),
    ...(text('department') ? { department: text('department') } : {}),
    ...(complexity && (COMPLEXITIES as readonly string[]).includes(complexity)
      ? { complexity: complexity as Complexity }
      : {}),
    ...(overdue === 'true' || overdue === 'false' ? { overdue: overdue === 'true' } : {}),
    ...(light.length > 0 ? { light } : {}),
    ...(from && DATE.test(from) ? { registeredFrom: from } : {}),
    ...(to && DATE.test(to) ? { registeredTo: to } : {}),
    ...(text('orgUnit') ? { orgUnit: text('orgUnit') } : {}),
  };
}

/** The URL query of the filters, in a stable order. */
export function queryOf(filters: LedgerFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.status?.length) query.set('status', filters.status.join(','));
  for (const name of ['categoryCode', 'channel', 'department', 'complexity', 'registeredFrom', 'registeredTo', 'orgUnit'] as const) {
    const value = filters[name];
    if (value) query.set(name, value);
  }
  if (filters.overdue !== undefined) query.set('overdue', String(filters.overdue));
  if (filters.light?.length) query.set('light', filters.light.join(','));
  return query;
}
