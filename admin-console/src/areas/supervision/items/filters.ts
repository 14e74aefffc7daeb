import type { components } from '../../../api/generated/cases';

type Light = components['schemas']['Light'];
type Status = components['schemas']['SupervisionStatus'];

const LIGHTS: readonly Light[] = ['RED', 'YELLOW', 'GREEN'];

/** Which items to list: open ones (the default), closed ones, or all. */
export type Showing = 'OPEN' | 'CLOSED' | 'ALL';

/** The items list's filters, as the URL keeps them. */
export interface ItemFilters {
  status: Showing;
  light?: Light[];
  responsibleUnit?: string;
}

/** The filters a URL's query names (unknown values dropped; open items unless told otherwise). */
export function filtersOf(query: URLSearchParams): ItemFilters {
  const status = query.get('status');
  const light = [...new Set((query.get('light') ?? '').split(','))].filter((l): l is Light => (LIGHTS as readonly string[]).includes(l));
  const unit = query.get('responsibleUnit')?.trim();
  return {
    status: status === 'CLOSED' || status === 'ALL' ? status : 'OPEN',
    ...(light.length > 0 ? { light } : {}),
    ...(unit ? { responsibleUnit: unit } : {}),
  };
}

/** The URL query of the filters, in a stable order (nothing for the default). */
export function queryOf(filters: ItemFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.status !== 'OPEN') query.set('status', filters.status);
  if (filters.light?.length) query.set('light', filters.light.join(','));
  if (filters.responsibleUnit) query.set('responsibleUnit', filters.responsibleUnit);
  return query;
}

/** The filters as listSupervisions takes them. */
export function apiQueryOf(filters: ItemFilters): { status?: Status; light?: Light[]; responsibleUnit?: string } {
  return {
    ...(filters.status === 'ALL' ? {} : { status: filters.status }),
    ...(filters.light?.length ? { light: filters.light } : {}),
    ...(filters.responsibleUnit ? { responsibleUnit: filters.responsibleUnit } : {}),
  };
}

/** The link to the items list with these filters (from the board's figures). */
export function itemsLink(filters: Partial<ItemFilters>): string {
  const query = queryOf({ status: 'OPEN', ...filters }).toString();
  return `/console/supervision/items${query ? `?${query}` : ''}`;
}
