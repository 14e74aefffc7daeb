import type { components } from '../../api/generated/cases';

export type Warning = components['schemas']['Warning'];
export type WarningKind = components['schemas']['WarningKind'];

export const WARNING_KINDS: readonly WarningKind[] = ['UNSIGNED', 'ARRIVAL_LATE', 'DUE_SOON', 'OVERDUE', 'INSTALMENT_MISSED'];

/** Which warnings to list: still open (the default), resolved, or all. */
export type Openness = 'open' | 'resolved' | 'all';

/** The warnings list's filters, as the URL keeps them. */
export interface WarningFilters {
  kind?: WarningKind[];
  open: Openness;
  department?: string;
}

/** The filters a URL's query names; unknown values are dropped, and open ones are listed unless told otherwise. */
export function filtersOf(query: URLSearchParams): WarningFilters {
  const kind = [...new Set((query.get('kind') ?? '').split(','))].filter((k): k is WarningKind =>
    (WARNING_KINDS as readonly string[]).includes(k),
  );
  const open = query.get('open');
  const department = query.get('department')?.trim();
  return {
    ...(kind.length > 0 ? { kind } : {}),
    open: open === 'false' ? 'resolved' : open === 'all' ? 'all' : 'open',
    ...(department ? { department } : {}),
  };
}

/** The URL query of the filters, in a stable order (nothing for the default). */
export function queryOf(filters: WarningFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.kind?.length) query.set('kind', filters.kind.join(','));
  if (filters.open !== 'open') query.set('open', filters.open === 'resolved' ? 'false' : 'all');
  if (filters.department) query.set('department', filters.department);
  return query;
}

/** The filters as listWarnings takes them. */
export function apiQueryOf(filters: WarningFilters): { kind?: WarningKind[]; open?: boolean; department?: string } {
  return {
    ...(filters.kind?.length ? { kind: filters.kind } : {}),
    ...(filters.open === 'all' ? {} : { open: filters.open === 'open' }),
    ...(filters.department ? { department: filters.department } : {}),
  };
}
